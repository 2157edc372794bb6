using System.Net.Http.Json;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Platform;

/// <summary>The clock's offset lives in the database: every replica reads the same one, and a restart keeps it.</summary>
public sealed class SandboxClockSharingTests : DatabasePerTest
{
    [Test]
    public async Task The_offset_survives_a_restart()
    {
        await using (var first = new DpsApiFactory(Database))
        {
            (await (await first.ClientAsAsync("dps-manager")).PostAsJsonAsync(SandboxClockRequests.Path, new { advanceBy = "10.00:00:00" }))
                .EnsureSuccessStatusCode();
        }

        await using var restarted = new DpsApiFactory(Database);

        Assert.That(await (await restarted.ClientAsAsync("dps-manager")).OffsetAsync(), Is.EqualTo("10.00:00:00"));
    }

    [Test]
    public async Task Two_hosts_on_one_database_agree_on_the_clock_within_the_refresh_interval()
    {
        await using var one = new DpsApiFactory(Database);
        await using var other = new DpsApiFactory(Database);
        var otherManager = await other.ClientAsAsync("dps-manager");
        Assert.That(await otherManager.OffsetAsync(), Is.EqualTo("00:00:00"));

        (await (await one.ClientAsAsync("dps-manager")).PostAsJsonAsync(SandboxClockRequests.Path, new { advanceBy = "10.00:00:00" }))
            .EnsureSuccessStatusCode();

        // The factory refreshes every 200 ms.
        var seen = await Eventually.Until(otherManager.OffsetAsync, offset => offset == "10.00:00:00", "the other host to see the move", TimeSpan.FromSeconds(3));
        var now = (await (await otherManager.GetAsync(SandboxClockRequests.Path)).JsonAsync())["now"]!.GetValue<DateTimeOffset>();
        Assert.That(seen, Is.EqualTo("10.00:00:00"));
        Assert.That(now, Is.GreaterThan(DateTimeOffset.UtcNow.AddDays(9.9)));
    }

    [Test]
    public async Task A_host_that_moved_the_clock_sees_the_move_at_once()
    {
        await using var api = new DpsApiFactory(Database, new() { ["Sandbox:RefreshInterval"] = "01:00:00" });
        var manager = await api.ClientAsAsync("dps-manager");

        await manager.PostAsJsonAsync(SandboxClockRequests.Path, new { advanceBy = "10.00:00:00" });

        Assert.That(await manager.OffsetAsync(), Is.EqualTo("10.00:00:00"));
    }

    [Test]
    public async Task An_offset_beyond_the_maximum_in_the_database_is_read_as_the_maximum_and_the_platform_keeps_answering()
    {
        await Sql.ExecuteAsync(Database, "UPDATE platform.sandbox_clock SET \"offset\" = interval '3000000 days', version = version + 1");

        await using var api = new DpsApiFactory(Database);
        var manager = await api.ClientAsAsync("dps-manager");

        Assert.That(await manager.OffsetAsync(), Is.EqualTo("1826.00:00:00"));
        Assert.That((await manager.GetAsync("/api/v1/dps")).StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK));
    }
}
