using System.Net;
using System.Net.Http.Json;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Outbox;
using Dps.IntegrationTests.Catalogue;
using Dps.IntegrationTests.Infrastructure;
using Dps.IntegrationTests.Qualification;
using Dps.Qualification.IntegrationEvents;
using Microsoft.Extensions.DependencyInjection;

namespace Dps.IntegrationTests.Platform;

/// <summary>
/// Integration events survive the process: stored with the change, delivered later, never applied twice.
/// Each test has its own database, so no other host's outbox processor can deliver what a test holds back.
/// </summary>
public sealed class OutboxTests
{
    private const string PendingOutbox = "SELECT count(*) FROM qualification.outbox_messages WHERE processed_at IS NULL AND payload->>'categoryId' = @p0";
    private const string Taxonomies = "SELECT count(*) FROM catalogue.taxonomies WHERE category_id = @p0";
    private const string AllOutbox = "SELECT count(*) FROM qualification.outbox_messages";
    private const string Listings = "SELECT count(*) FROM catalogue.listed_establishments WHERE establishment_id = ANY(@p0)";
    private const string InboxRows = "SELECT count(*) FROM catalogue.inbox_messages i JOIN qualification.outbox_messages o ON o.id = i.event_id WHERE o.payload->>'categoryId' = @p0";

    private static readonly Dictionary<string, string?> Stalled = new() { ["Outbox:Enabled"] = "false" };

    private string _database = null!;

    [SetUp]
    public async Task CreateDatabase() => _database = await TestDatabase.CreateFromTemplateAsync();

    [TearDown]
    public Task DropDatabase() => TestDatabase.DropAsync(_database);

    [Test]
    public async Task The_event_is_stored_in_the_same_transaction_as_the_category()
    {
        await using var stalled = new DpsApiFactory(_database, Stalled);
        var manager = await stalled.ClientAsAsync(DpsRoles.Manager);

        var category = await manager.AddCategoryAsync((await manager.CreateDpsAsync()).Id(), "SEN");

        Assert.That(await Sql.CountAsync(_database, PendingOutbox, category.Id().ToString()), Is.EqualTo(1));
        Assert.That(await Sql.CountAsync(_database, Taxonomies, category.Id()), Is.Zero);
    }

    [Test]
    public async Task A_refused_command_leaves_no_event_behind()
    {
        await using var stalled = new DpsApiFactory(_database, Stalled);
        var manager = await stalled.ClientAsAsync(DpsRoles.Manager);
        var dps = await manager.CreateDpsAsync();
        await manager.AddCategoryAsync(dps.Id(), "SEN");

        var refused = await manager.PostAsJsonAsync($"/api/v1/dps/{dps.Id()}/categories", new { name = "sen" });

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await Sql.CountAsync(_database, AllOutbox), Is.EqualTo(2), "the DPS's participants and the category's addition");
    }

    [Test]
    public async Task An_event_held_when_the_process_died_is_delivered_by_the_next_host()
    {
        Guid categoryId;
        await using (var dying = new DpsApiFactory(_database, Stalled))
        {
            var manager = await dying.ClientAsAsync(DpsRoles.Manager);
            categoryId = (await manager.AddCategoryAsync((await manager.CreateDpsAsync()).Id(), "Residential care")).Id();
        }

        Assert.That(await Sql.CountAsync(_database, Taxonomies, categoryId), Is.Zero);

        await using var next = new DpsApiFactory(_database);
        next.StartServer();

        await Eventually.Until(() => Sql.CountAsync(_database, Taxonomies, categoryId), n => n == 1, "the next host to deliver the held event");
        await Eventually.Until(() => Sql.CountAsync(_database, PendingOutbox, categoryId.ToString()), n => n == 0, "the event to be marked delivered");
    }

    [Test]
    public async Task A_redelivered_event_changes_nothing_twice()
    {
        await using var api = new DpsApiFactory(_database);
        var manager = await api.ClientAsAsync(DpsRoles.Manager);
        var category = await manager.AddCategoryAsync((await manager.CreateDpsAsync()).Id(), "Foster care");
        await Eventually.Until(() => Sql.CountAsync(_database, Taxonomies, category.Id()), n => n == 1, "the first delivery");
        await Eventually.Until(() => Sql.CountAsync(_database, PendingOutbox, category.Id().ToString()), n => n == 0, "the event to be marked delivered");

        // As if the process died after the consumer committed but before the outbox row was marked.
        await Sql.ExecuteAsync(_database, "UPDATE qualification.outbox_messages SET processed_at = NULL WHERE payload->>'categoryId' = @p0", category.Id().ToString());
        await Eventually.Until(() => Sql.CountAsync(_database, PendingOutbox, category.Id().ToString()), n => n == 0, "the redelivery");

        Assert.That(await Sql.CountAsync(_database, Taxonomies, category.Id()), Is.EqualTo(1));
        Assert.That(await Sql.CountAsync(_database, InboxRows, category.Id().ToString()), Is.EqualTo(1));
    }

    [Test]
    public async Task A_command_signals_the_outbox_of_its_own_module_once_however_many_events_it_writes()
    {
        await using var stalled = new DpsApiFactory(_database, Stalled);
        var scenario = await QualificationScenario.StartAsync(stalled);
        var application = await scenario.SubmittedApplicationAsync();
        (await scenario.EvaluateAsync(application.Id(), scenario.Sen)).EnsureSuccessStatusCode();
        (await scenario.EvaluateAsync(application.Id(), scenario.Residential)).EnsureSuccessStatusCode();
        var signal = stalled.Services.GetRequiredService<OutboxSignals>().Of(stalled.DbContextOf("qualification"))!;
        var (signalled, events) = (signal.Notifications, await Sql.CountAsync(_database, AllOutbox));

        var decided = await scenario.Manager.PostAsync($"/api/v1/applications/{application.Id()}/decision", null);

        decided.EnsureSuccessStatusCode();
        Assert.That(await Sql.CountAsync(_database, AllOutbox) - events, Is.EqualTo(2), "both categories admitted");
        Assert.That(signal.Notifications - signalled, Is.EqualTo(1));
    }

    [Test]
    public async Task A_command_that_writes_no_outbox_message_signals_nothing()
    {
        await using var stalled = new DpsApiFactory(_database, Stalled);
        var manager = await stalled.ClientAsAsync(DpsRoles.Manager);
        var supplier = await stalled.ClientAsAsync(DpsRoles.Supplier, supplierId: Guid.NewGuid());
        var signal = stalled.Services.GetRequiredService<OutboxSignals>().Of(stalled.DbContextOf("qualification"))!;
        var dps = await manager.CreateDpsAsync();
        var (events, signalled, wakeUp) = (await Sql.CountAsync(_database, AllOutbox), signal.Notifications, signal.Next);

        // Same authorities, so no one's access changes and nothing is announced.
        await manager.SetParticipantsAsync(dps.Id(), Requests.PartnerAuthorityId);
        await supplier.RegisterSupplierAsync();

        Assert.That(await Sql.CountAsync(_database, AllOutbox), Is.EqualTo(events));
        Assert.That(wakeUp.IsCompleted, Is.False);
        Assert.That(signal.Notifications, Is.EqualTo(signalled));
    }

    [Test]
    public async Task One_failing_event_in_a_batch_holds_back_none_of_the_others()
    {
        var (first, second) = (CatalogueEvents.Admission(), CatalogueEvents.Admission());
        // About the first membership, so delivered with its admission, but of an establishment never listed.
        var unconsumable = QualificationOutbox.ScoreChange(first with { EstablishmentId = Guid.NewGuid() });
        await using (var stalled = new DpsApiFactory(_database, Stalled))
        {
            await QualificationOutbox.WriteAsync(stalled, first, unconsumable, second);
        }

        await using var api = new DpsApiFactory(_database);
        api.StartServer();
        await Eventually.Until(() => QualificationOutbox.AttemptsAsync(api, unconsumable.Id), n => n == 1, "the unconsumable event to fail");

        Assert.That(await QualificationOutbox.DeliveredAsync(api, first.Id), Is.True);
        Assert.That(await QualificationOutbox.DeliveredAsync(api, second.Id), Is.True);
        Assert.That(await Sql.CountAsync(_database, Listings, new[] { first.EstablishmentId, second.EstablishmentId }), Is.EqualTo(2));
        Assert.That(await QualificationOutbox.DeliveredAsync(api, unconsumable.Id), Is.False);
    }

    [Test]
    public async Task Events_delivered_in_one_batch_commit_in_one_transaction_of_their_consumer_each_audited_as_itself()
    {
        var admission = CatalogueEvents.Admission();
        var suspension = CatalogueEvents.Suspension(admission, admission.OccurredAt.AddMinutes(1));
        await using (var stalled = new DpsApiFactory(_database, Stalled))
        {
            await QualificationOutbox.WriteAsync(stalled, admission, suspension);
        }

        await using var api = new DpsApiFactory(_database);
        api.StartServer();
        await Eventually.Until(() => QualificationOutbox.DeliveredAsync(api, suspension.Id), delivered => delivered, "the batch to be delivered");

        var events = new[] { admission.Id, suspension.Id };
        Assert.That(await Sql.CountAsync(_database, "SELECT count(DISTINCT xmin::text) FROM catalogue.inbox_messages WHERE event_id = ANY(@p0)", events), Is.EqualTo(1));
        Assert.That(await Sql.CountAsync(_database, "SELECT count(*) FROM catalogue.inbox_messages WHERE event_id = ANY(@p0)", events), Is.EqualTo(2));
        var actions = await Sql.ScalarAsync<string[]>(
            _database,
            "SELECT array_agg(action ORDER BY occurred_at, id) FROM catalogue.audit_entries WHERE entity_type = 'ListedEstablishment' AND after->>'establishment_id' = @p0",
            admission.EstablishmentId.ToString());
        Assert.That(actions, Is.EqualTo(new[] { nameof(EstablishmentAdmittedIntegrationEvent), nameof(MembershipSuspendedIntegrationEvent) }));
    }

    [Test]
    public async Task A_module_that_publishes_nothing_may_not_write_to_its_outbox()
    {
        await using var api = new DpsApiFactory(_database, Stalled);
        await using var scope = api.Services.CreateAsyncScope();
        var catalogue = (IModuleDb)scope.ServiceProvider.GetRequiredService(api.DbContextOf("catalogue"));

        catalogue.AddToOutbox(CatalogueEvents.Admission());

        Assert.ThrowsAsync<InvalidOperationException>(() => catalogue.SaveChangesAsync(CancellationToken.None));
        Assert.That(await Sql.CountAsync(_database, "SELECT count(*) FROM catalogue.outbox_messages"), Is.Zero);
    }
}
