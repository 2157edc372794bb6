using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Platform;

/// <summary>The sandbox clock: who may move it, how far, and that every move is audited.</summary>
public sealed class SandboxClockTests : ApiTest
{
    private const string Clock = SandboxClockRequests.Path;

    [SetUp]
    public async Task ResetClock() => (await (await AsManagerAsync()).PostAsJsonAsync(Clock, new { reset = true })).EnsureSuccessStatusCode();

    [Test]
    public async Task Advancing_the_clock_moves_the_platform_time_forward_until_reset()
    {
        var manager = await AsManagerAsync();

        var advanced = await (await manager.PostAsJsonAsync(Clock, new { advanceBy = "10.00:00:00" })).JsonAsync();
        var reset = await (await manager.PostAsJsonAsync(Clock, new { reset = true })).JsonAsync();

        Assert.That(advanced["now"]!.GetValue<DateTimeOffset>(), Is.GreaterThan(DateTimeOffset.UtcNow.AddDays(9.9)));
        Assert.That(advanced["offset"]!.GetValue<string>(), Is.EqualTo("10.00:00:00"));
        Assert.That(reset["offset"]!.GetValue<string>(), Is.EqualTo("00:00:00"));
    }

    [Test]
    public async Task The_clock_does_not_move_backwards()
    {
        var response = await (await AsManagerAsync()).PostAsJsonAsync(Clock, new { advanceBy = "-1.00:00:00" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.ValidationErrorsAsync(), Does.ContainKey("advanceBy"));
    }

    [TestCase(DpsRoles.Buyer)]
    [TestCase(DpsRoles.Supplier)]
    [TestCase(DpsRoles.Auditor)]
    public async Task Only_the_dps_manager_moves_the_clock(string role)
    {
        var response = await (await AsRoleAsync(role)).PostAsJsonAsync(Clock, new { advanceBy = "10.00:00:00" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(await OffsetAsync(), Is.EqualTo("00:00:00"));
    }

    [TestCase(DpsRoles.Buyer)]
    [TestCase(DpsRoles.Supplier)]
    [TestCase(DpsRoles.Auditor)]
    public async Task Only_the_dps_manager_resets_the_clock(string role)
    {
        await (await AsManagerAsync()).PostAsJsonAsync(Clock, new { advanceBy = "10.00:00:00" });

        var response = await (await AsRoleAsync(role)).PostAsJsonAsync(Clock, new { reset = true });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await OffsetAsync(), Is.EqualTo("10.00:00:00"));
    }

    [TestCase(DpsRoles.Manager)]
    [TestCase(DpsRoles.Buyer)]
    [TestCase(DpsRoles.Supplier)]
    [TestCase(DpsRoles.Auditor)]
    public async Task Every_role_reads_the_clock(string role)
    {
        var response = await (await AsRoleAsync(role)).GetAsync(Clock);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task The_clock_is_not_read_without_a_token()
    {
        var response = await Anonymous().GetAsync(Clock);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [TestCase("10675199.02:48:05")]
    [TestCase("3650.00:00:00")]
    [TestCase("1826.00:00:00.0010000")]
    public async Task An_advance_beyond_five_years_is_a_400_naming_advanceBy_and_the_platform_keeps_answering(string advanceBy)
    {
        var manager = await AsManagerAsync();

        var response = await manager.PostAsJsonAsync(Clock, new { advanceBy });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.ValidationErrorsAsync(), Does.ContainKey("advanceBy"));
        Assert.That((await manager.GetAsync("/api/v1/dps")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await OffsetAsync(), Is.EqualTo("00:00:00"));
    }

    [Test]
    public async Task A_duration_too_large_to_read_is_a_400_naming_advanceBy()
    {
        var response = await (await AsManagerAsync()).PostAsJsonAsync(Clock, new { advanceBy = "99999999.00:00:00" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.ValidationErrorsAsync(), Does.ContainKey("advanceBy"));
    }

    [Test]
    public async Task The_clock_moves_up_to_five_years_ahead()
    {
        var response = await (await AsManagerAsync()).PostAsJsonAsync(Clock, new { advanceBy = "1826.00:00:00" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.JsonAsync())["maxAdvance"]!.GetValue<string>(), Is.EqualTo("1826.00:00:00"));
    }

    [Test]
    public async Task Advances_that_add_up_beyond_five_years_are_refused_and_leave_the_clock_where_it_was()
    {
        var manager = await AsManagerAsync();
        await manager.PostAsJsonAsync(Clock, new { advanceBy = "1000.00:00:00" });

        var response = await manager.PostAsJsonAsync(Clock, new { advanceBy = "1000.00:00:00" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.ValidationErrorsAsync(), Does.ContainKey("advanceBy"));
        Assert.That(await OffsetAsync(), Is.EqualTo("1000.00:00:00"));
        Assert.That((await manager.GetAsync("/api/v1/dps")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Moves_made_at_the_same_time_all_count()
    {
        var manager = await AsManagerAsync();

        var moves = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => manager.PostAsJsonAsync(Clock, new { advanceBy = "1.00:00:00" })));

        Assert.That(moves.Select(m => m.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(await OffsetAsync(), Is.EqualTo("5.00:00:00"));
    }

    [Test]
    public async Task Every_move_is_audited_with_who_made_it_and_the_offset_before_and_after()
    {
        var manager = await AsManagerAsync();
        var version = await ClockVersionAsync();
        await manager.PostAsJsonAsync(Clock, new { advanceBy = "10.00:00:00" });
        await manager.PostAsJsonAsync(Clock, new { reset = true });

        var moves = await MovesAuditedAfterAsync(version);

        Assert.That(moves, Has.Count.EqualTo(2));
        Assert.That(moves.Select(m => m["module"]!.GetValue<string>()), Is.All.EqualTo("platform"));
        Assert.That(moves.Select(m => m["actorId"]!.GetValue<string>()), Is.All.EqualTo("dps-manager-dev"));
        Assert.That(moves.Select(m => m["action"]!.GetValue<string>()), Is.All.EqualTo("MoveSandboxClock"));
        Assert.That(moves[0]["actorRoles"]!.AsArray().Select(r => r!.GetValue<string>()), Is.EqualTo(new[] { DpsRoles.Manager }));
        Assert.That(moves[0]["before"]!["offset"]!.GetValue<string>(), Is.EqualTo("00:00:00"));
        Assert.That(moves[0]["after"]!["offset"]!.GetValue<string>(), Is.EqualTo("10.00:00:00"));
        Assert.That(moves[0]["after"]!["moved_by"]!.GetValue<string>(), Is.EqualTo("dps-manager-dev"));
        Assert.That(moves[1]["before"]!["offset"]!.GetValue<string>(), Is.EqualTo("10.00:00:00"));
        Assert.That(moves[1]["after"]!["offset"]!.GetValue<string>(), Is.EqualTo("00:00:00"));
    }

    [Test]
    public async Task A_refused_move_is_not_audited()
    {
        var version = await ClockVersionAsync();

        await (await AsAsync(DpsRoles.Auditor)).PostAsJsonAsync(Clock, new { advanceBy = "10.00:00:00" });
        await (await AsManagerAsync()).PostAsJsonAsync(Clock, new { advanceBy = "3650.00:00:00" });

        Assert.That(await MovesAuditedAfterAsync(version), Is.Empty);
        Assert.That(await ClockVersionAsync(), Is.EqualTo(version));
    }

    private Task<long> ClockVersionAsync() => Sql.CountAsync(ConnectionString, "SELECT version FROM platform.sandbox_clock");

    /// <summary>The clock's audit entries whose move came after <paramref name="version"/>, oldest first.</summary>
    private async Task<List<JsonNode>> MovesAuditedAfterAsync(long version)
    {
        // Entries are dated by the sandbox clock itself, so moves of earlier tests may look newer: tell them apart by version.
        var trail = await (await (await AsAsync(DpsRoles.Auditor)).GetAsync("/api/v1/audit?pageSize=200")).JsonAsync();
        return trail["items"]!.AsArray()
            .Select(e => e!)
            .Where(e => e["entityType"]!.GetValue<string>() == "SandboxClock" && e["after"]!["version"]!.GetValue<long>() > version)
            .OrderBy(e => e["after"]!["version"]!.GetValue<long>())
            .ToList();
    }

    private Task<HttpClient> AsRoleAsync(string role) => role switch
    {
        DpsRoles.Buyer => AsAsync(role, authorityId: Requests.LeadAuthorityId),
        DpsRoles.Supplier => AsAsync(role, supplierId: Guid.NewGuid()),
        _ => AsAsync(role),
    };

    private async Task<string> OffsetAsync() => await (await AsManagerAsync()).OffsetAsync();
}
