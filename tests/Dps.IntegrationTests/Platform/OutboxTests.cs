using System.Net;
using System.Net.Http.Json;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Platform;

/// <summary>
/// Integration events survive the process: stored with the change, delivered later, never applied twice.
/// Each test has its own database, so no other host's outbox processor can deliver what a test holds back.
/// </summary>
public sealed class OutboxTests
{
    private const string PendingOutbox = "SELECT count(*) FROM qualification.outbox_messages WHERE processed_at IS NULL AND payload->>'categoryId' = @p0";
    private const string Taxonomies = "SELECT count(*) FROM catalogue.taxonomies WHERE category_id = @p0";
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
        Assert.That(await Sql.CountAsync(_database, "SELECT count(*) FROM qualification.outbox_messages"), Is.EqualTo(1));
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
}
