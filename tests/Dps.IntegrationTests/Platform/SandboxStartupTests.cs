using System.Net;
using System.Net.Http.Json;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Platform;

/// <summary>A movable clock is a sandbox's: outside Development and Sandbox it must be asked for twice.</summary>
public sealed class SandboxStartupTests : DatabasePerTest
{
    private const string Allow = "Sandbox:IUnderstandTheClockCanBeMovedInThisEnvironment";

    [TestCase("Production")]
    [TestCase("Staging")]
    public async Task The_sandbox_refuses_to_start_outside_development_and_sandbox_environments(string environment)
    {
        await using var api = Host(environment, new() { ["Sandbox:Enabled"] = "true" });

        var refusal = Assert.Catch(() => api.CreateClient());

        Assert.That(refusal!.ToString(), Does.Contain(Allow).And.Contain(environment));
    }

    [Test]
    public async Task The_sandbox_starts_outside_development_only_when_explicitly_allowed()
    {
        await using var api = Host("Production", new() { ["Sandbox:Enabled"] = "true", [Allow] = "true" });

        var moved = await SandboxClockRequests.ManagerOf(api).PostAsJsonAsync(SandboxClockRequests.Path, new { advanceBy = "1.00:00:00" });

        Assert.That(moved.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task The_sandbox_starts_in_the_sandbox_environment()
    {
        await using var api = Host("Sandbox", new() { ["Sandbox:Enabled"] = "true" });

        var moved = await SandboxClockRequests.ManagerOf(api).PostAsJsonAsync(SandboxClockRequests.Path, new { advanceBy = "1.00:00:00" });

        Assert.That(moved.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("Development")]
    [TestCase("Production")]
    public async Task Without_the_sandbox_there_is_no_clock_to_move(string environment)
    {
        await using var api = Host(environment, new() { ["Sandbox:Enabled"] = "false" });

        var moved = await SandboxClockRequests.ManagerOf(api).PostAsJsonAsync(SandboxClockRequests.Path, new { advanceBy = "1.00:00:00" });

        Assert.That(moved.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [TestCase("-00:00:01")]
    [TestCase("1000000.00:00:00")]
    public async Task A_maximum_advance_out_of_range_refuses_to_start(string maxAdvance)
    {
        await using var api = Host("Development", new() { ["Sandbox:Enabled"] = "true", ["Sandbox:MaxAdvance"] = maxAdvance });

        var refusal = Assert.Catch(() => api.CreateClient());

        Assert.That(refusal!.ToString(), Does.Contain("Sandbox:MaxAdvance"));
    }

    private DpsApiFactory Host(string environment, Dictionary<string, string?> settings)
    {
        settings["Auth:SigningKey"] = SandboxClockRequests.SigningKey;
        return new DpsApiFactory(Database, settings, environment);
    }
}
