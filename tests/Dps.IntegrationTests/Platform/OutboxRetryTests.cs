using System.Net;
using System.Net.Http.Json;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Catalogue;
using Dps.IntegrationTests.Infrastructure;
using Dps.Qualification.IntegrationEvents;
using Microsoft.Extensions.Logging;
using static Dps.IntegrationTests.Platform.QualificationOutbox;

namespace Dps.IntegrationTests.Platform;

/// <summary>
/// A delivery that fails is retried later, each wait twice the one before, and parked once it has failed for the
/// give-up time; a parked message is an error in the log, Degraded on /health/ready and listed for the manager.
/// The sandbox clock stands in for the passing minutes. Each test has its own database.
/// </summary>
public sealed class OutboxRetryTests : DatabasePerTest
{
    private static readonly Dictionary<string, string?> MinuteRetries = new()
    {
        ["Outbox:RetryBase"] = "00:01:00",
        ["Outbox:RetryCeiling"] = "00:10:00",
        ["Outbox:RetryJitter"] = "0",
        ["Outbox:GiveUpAfter"] = "01:00:00",
    };

    [Test]
    public async Task A_failed_delivery_is_retried_after_its_back_off_not_at_once()
    {
        await using var api = new DpsApiFactory(Database, MinuteRetries);
        var change = ScoreChange(CatalogueEvents.Admission());
        await WriteAsync(api, change);
        await Eventually.Until(() => AttemptsAsync(api, change.Id), n => n == 1, "the first delivery to fail");
        var firstFailedAt = await TimeAsync(api, change.Id, "first_failed_at");
        var firstDue = await TimeAsync(api, change.Id, "next_attempt_at");

        await Task.Delay(TimeSpan.FromSeconds(1)); // five polls
        var attemptsBeforeDue = await AttemptsAsync(api, change.Id);
        await AdvanceClockAsync(api, TimeSpan.FromMinutes(1));
        await Eventually.Until(() => AttemptsAsync(api, change.Id), n => n == 2, "the retry once due");
        var secondDue = await TimeAsync(api, change.Id, "next_attempt_at");

        Assert.That(firstDue - firstFailedAt, Is.EqualTo(TimeSpan.FromMinutes(1)));
        Assert.That(attemptsBeforeDue, Is.EqualTo(1), "not retried before it is due");
        Assert.That(secondDue - firstDue, Is.InRange(TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(2.2)), "the second wait is twice the first");
        Assert.That(await ParkedAsync(api, change.Id), Is.False);
    }

    [Test]
    public async Task A_message_still_failing_after_the_give_up_time_is_parked_and_logged_as_an_error()
    {
        await using var api = new DpsApiFactory(Database, MinuteRetries);
        var change = await ParkAsync(api, CatalogueEvents.Admission());

        await AdvanceClockAsync(api, TimeSpan.FromDays(1));
        await Task.Delay(TimeSpan.FromSeconds(1)); // five polls

        Assert.That(await AttemptsAsync(api, change.Id), Is.EqualTo(2), "a parked message is not retried");
        Assert.That(await DeliveredAsync(api, change.Id), Is.False);
        var errors = api.Logs.Entries.Where(e => e.Level == LogLevel.Error).ToList();
        Assert.That(errors.Select(e => e.Message), Has.One.Contains(change.Id.ToString()).And.Contains("parked"));
        Assert.That(errors.Single().Exception?.GetType().Name, Is.EqualTo("MembershipNotYetListedException"));
    }

    [Test]
    public async Task Parked_messages_leave_ready_degraded_naming_the_module_and_how_many()
    {
        await using var api = new DpsApiFactory(Database, MinuteRetries);
        await ParkAsync(api, CatalogueEvents.Admission());

        var ready = await api.CreateClient().GetAsync("/health/ready");

        Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.OK), "still serving");
        Assert.That(await ready.Content.ReadAsStringAsync(), Does.StartWith("Degraded").And.Contains("qualification 1"));
    }

    [Test]
    public async Task The_manager_and_auditors_see_each_parked_message_with_its_last_error()
    {
        await using var api = new DpsApiFactory(Database, MinuteRetries);
        var change = await ParkAsync(api, CatalogueEvents.Admission());

        var page = await (await (await api.ClientAsAsync(DpsRoles.Auditor)).GetAsync("/api/v1/outbox/parked")).JsonAsync();

        Assert.That(page["total"]!.GetValue<int>(), Is.EqualTo(1));
        var parked = page["items"]!.AsArray().Single()!;
        Assert.That(parked["module"]!.GetValue<string>(), Is.EqualTo("qualification"));
        Assert.That(parked["id"]!.GetValue<Guid>(), Is.EqualTo(change.Id));
        Assert.That(parked["type"]!.GetValue<string>(), Is.EqualTo(typeof(CoreCompetencyScoreChangedIntegrationEvent).FullName));
        Assert.That(parked["attempts"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(parked["lastError"]!.GetValue<string>(), Does.Contain("MembershipNotYetListedException"));
        Assert.That(parked["payload"]!["membershipId"]!.GetValue<Guid>(), Is.EqualTo(change.MembershipId));
        Assert.That(parked["parkedAt"], Is.Not.Null);
    }

    [Test]
    public async Task A_redelivered_message_is_delivered_once_its_cause_is_dealt_with_and_the_redelivery_is_audited()
    {
        await using var api = new DpsApiFactory(Database, MinuteRetries);
        var admission = CatalogueEvents.Admission();
        var change = await ParkAsync(api, admission);
        await CatalogueEvents.PublishAsync(api, admission);
        var manager = await api.ClientAsAsync(DpsRoles.Manager);

        var redelivery = await manager.PostAsync($"/api/v1/outbox/parked/qualification/{change.Id}/redelivery", null);

        Assert.That(redelivery.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        await Eventually.Until(() => DeliveredAsync(api, change.Id), delivered => delivered, "the redelivery");
        Assert.That(
            await Sql.ScalarAsync<decimal>(Database, "SELECT score FROM catalogue.listed_establishments WHERE establishment_id = @p0", admission.EstablishmentId),
            Is.EqualTo(change.NewScore));
        Assert.That(await (await api.CreateClient().GetAsync("/health/ready")).Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
        var audit = await (await manager.GetAsync($"/api/v1/audit?entityId={change.Id}")).JsonAsync();
        var entry = audit["items"]!.AsArray().Single()!;
        Assert.That(entry["action"]!.GetValue<string>(), Is.EqualTo("RedeliverParkedMessage"));
        Assert.That(entry["actorRoles"]!.AsArray().Select(r => r!.GetValue<string>()), Is.EqualTo(new[] { DpsRoles.Manager }));
        Assert.That(entry["before"]!["parked_at"], Is.Not.Null);
        Assert.That(entry["after"]!["parked_at"], Is.Null);
    }

    [Test]
    public async Task Only_a_parked_message_of_a_module_that_publishes_events_can_be_redelivered()
    {
        await using var api = new DpsApiFactory(Database, MinuteRetries);
        var change = await ParkAsync(api, CatalogueEvents.Admission());
        var manager = await api.ClientAsAsync(DpsRoles.Manager);

        var unknown = await manager.PostAsync($"/api/v1/outbox/parked/qualification/{Guid.NewGuid()}/redelivery", null);
        var otherModule = await manager.PostAsync($"/api/v1/outbox/parked/catalogue/{change.Id}/redelivery", null);
        var bySupplier = await (await api.ClientAsAsync(DpsRoles.Supplier, supplierId: Guid.NewGuid()))
            .PostAsync($"/api/v1/outbox/parked/qualification/{change.Id}/redelivery", null);

        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(otherModule.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(bySupplier.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await ParkedAsync(api, change.Id), Is.True);
    }

    private static async Task AdvanceClockAsync(DpsApiFactory api, TimeSpan by)
    {
        var moved = await (await api.ClientAsAsync(DpsRoles.Manager)).PostAsJsonAsync("/api/v1/sandbox/clock", new { advanceBy = by.ToString("c") });
        Assert.That(moved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await moved.Content.ReadAsStringAsync());
    }

    /// <summary>A score change the Catalogue cannot consume (its admission never arrived), failed once, then again past the give-up hour.</summary>
    private static async Task<CoreCompetencyScoreChangedIntegrationEvent> ParkAsync(DpsApiFactory api, EstablishmentAdmittedIntegrationEvent admission)
    {
        var change = ScoreChange(admission);
        await WriteAsync(api, change);
        await Eventually.Until(() => AttemptsAsync(api, change.Id), n => n == 1, "the first delivery to fail");
        await AdvanceClockAsync(api, TimeSpan.FromMinutes(61));
        await Eventually.Until(() => ParkedAsync(api, change.Id), parked => parked, "the message to be parked");
        return change;
    }
}
