using System.Net;
using System.Net.Http.Json;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Qualification;

/// <summary>Validity changes and entry windows, recorded and never rewritten.</summary>
public sealed class DpsLifeApiTests : ApiTest
{
    [Test]
    public async Task An_extension_is_recorded_and_the_dps_answers_with_its_new_end()
    {
        var manager = await AsManagerAsync();
        var dps = await manager.CreateDpsAsync();

        var response = await manager.PostAsJsonAsync($"/api/v1/dps/{dps.Id()}/validity-changes",
            new { kind = "Extended", newValidUntil = "2032-12-31", reason = "Partners agreed two more years" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/api/v1/dps/{dps.Id()}/validity-changes"));
        Assert.That((await response.JsonAsync())["validUntil"]!.GetValue<string>(), Is.EqualTo("2032-12-31"));
        var history = await (await manager.GetAsync($"/api/v1/dps/{dps.Id()}/validity-changes")).JsonAsync();
        var change = history["items"]!.AsArray().Single()!;
        Assert.That(change["kind"]!.GetValue<string>(), Is.EqualTo("Extended"));
        Assert.That(change["previousValidUntil"]!.GetValue<string>(), Is.EqualTo("2030-12-31"));
        Assert.That(change["reason"]!.GetValue<string>(), Is.EqualTo("Partners agreed two more years"));
        Assert.That(change["changedBy"]!.GetValue<string>(), Is.EqualTo("dps-manager-dev"));
    }

    [Test]
    public async Task A_terminated_dps_takes_no_further_change()
    {
        var manager = await AsManagerAsync();
        var dps = await manager.CreateDpsAsync();
        (await manager.PostAsJsonAsync($"/api/v1/dps/{dps.Id()}/validity-changes", new { kind = "Terminated", reason = "Scheme wound up" }))
            .EnsureSuccessStatusCode();

        var response = await manager.PostAsJsonAsync($"/api/v1/dps/{dps.Id()}/validity-changes",
            new { kind = "Extended", newValidUntil = "2035-01-01", reason = "Revive" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await response.JsonAsync())["rule"]!.GetValue<string>(), Is.EqualTo("TerminatedDpsCannotChange"));
    }

    [Test]
    public async Task A_change_without_reason_or_new_end_is_refused_by_field()
    {
        var manager = await AsManagerAsync();
        var dps = await manager.CreateDpsAsync();

        var response = await manager.PostAsJsonAsync($"/api/v1/dps/{dps.Id()}/validity-changes", new { kind = "Shortened", reason = "" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ValidationErrorsAsync()).Keys, Is.EquivalentTo(new[] { "newValidUntil", "reason" }));
    }

    [Test]
    public async Task An_unknown_kind_of_change_is_refused()
    {
        var manager = await AsManagerAsync();
        var dps = await manager.CreateDpsAsync();

        var response = await manager.PostAsJsonAsync($"/api/v1/dps/{dps.Id()}/validity-changes", new { kind = "Paused", reason = "x" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.ValidationErrorsAsync(), Does.ContainKey("kind"));
    }

    [Test]
    public async Task During_an_entry_closure_the_dps_is_closed_to_new_applications_and_then_reopens()
    {
        var manager = await AsManagerAsync();
        var dps = await manager.CreateDpsAsync();
        var today = Requests.SchemeToday();

        var closed = await manager.PostAsJsonAsync($"/api/v1/dps/{dps.Id()}/entry-windows",
            new { closedFrom = today.AddDays(1), reopensOn = today.AddDays(3), reason = "Onboarding" });
        var before = await (await manager.GetAsync($"/api/v1/dps/{dps.Id()}")).JsonAsync();
        await manager.PostAsJsonAsync("/api/v1/sandbox/clock", new { advanceBy = "1.12:00:00" });
        var during = await (await manager.GetAsync($"/api/v1/dps/{dps.Id()}")).JsonAsync();
        await manager.PostAsJsonAsync("/api/v1/sandbox/clock", new { advanceBy = "2.00:00:00" });
        var after = await (await manager.GetAsync($"/api/v1/dps/{dps.Id()}")).JsonAsync();
        await manager.PostAsJsonAsync("/api/v1/sandbox/clock", new { reset = true });

        Assert.That(closed.StatusCode, Is.EqualTo(HttpStatusCode.Created), await closed.Content.ReadAsStringAsync());
        Assert.That(closed.Headers.Location!.ToString(), Is.EqualTo($"/api/v1/dps/{dps.Id()}/entry-windows"));
        Assert.That(before["status"]!.GetValue<string>(), Is.EqualTo("Open"));
        Assert.That(during["status"]!.GetValue<string>(), Is.EqualTo("ClosedToNewApplications"));
        Assert.That(after["status"]!.GetValue<string>(), Is.EqualTo("Open"));
        var windows = await (await manager.GetAsync($"/api/v1/dps/{dps.Id()}/entry-windows")).JsonAsync();
        Assert.That(windows["items"]!.AsArray().Single()!["reason"]!.GetValue<string>(), Is.EqualTo("Onboarding"));
    }

    [Test]
    public async Task Overlapping_closures_are_a_409()
    {
        var manager = await AsManagerAsync();
        var dps = await manager.CreateDpsAsync();
        var today = Requests.SchemeToday();
        (await manager.PostAsJsonAsync($"/api/v1/dps/{dps.Id()}/entry-windows",
            new { closedFrom = today.AddDays(10), reopensOn = today.AddDays(20), reason = "Onboarding" })).EnsureSuccessStatusCode();

        var response = await manager.PostAsJsonAsync($"/api/v1/dps/{dps.Id()}/entry-windows",
            new { closedFrom = today.AddDays(15), reopensOn = today.AddDays(25), reason = "Again" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await response.JsonAsync())["rule"]!.GetValue<string>(), Is.EqualTo("EntryClosuresMustNotOverlap"));
    }

    [Test]
    public async Task Only_the_manager_closes_entry()
    {
        var dps = await (await AsManagerAsync()).CreateDpsAsync();
        var auditor = await AsAsync(DpsRoles.Auditor);

        var response = await auditor.PostAsJsonAsync($"/api/v1/dps/{dps.Id()}/entry-windows",
            new { closedFrom = "2030-01-01", reopensOn = "2030-02-01", reason = "x" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
