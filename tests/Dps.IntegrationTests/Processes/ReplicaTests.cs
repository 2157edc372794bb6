using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Processes;

/// <summary>
/// Two API processes on one database, as replicas behind a load balancer: writes go to both, every event reaches each
/// consumer exactly once in effect, the background delivery runs once per event, and both tell the same time.
/// </summary>
public sealed class ReplicaTests
{
    private const int Categories = 12;

    private string _connectionString = null!;
    private ApiProcess _first = null!;
    private ApiProcess _second = null!;

    [OneTimeSetUp]
    public async Task StartTwoReplicas()
    {
        _connectionString = await TestDatabase.CreateFromTemplateAsync();
        var replicas = await Task.WhenAll(ApiProcess.StartAsync(_connectionString), ApiProcess.StartAsync(_connectionString));
        (_first, _second) = (replicas[0], replicas[1]);
    }

    [OneTimeTearDown]
    public async Task StopReplicas()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        await TestDatabase.DropAsync(_connectionString);
    }

    [Test]
    public async Task Writes_through_both_replicas_are_delivered_to_each_consumer_once()
    {
        var first = await _first.ClientAsAsync(DpsRoles.Manager);
        var second = await _second.ClientAsAsync(DpsRoles.Manager);
        var dps = await first.CreateDpsAsync();

        var added = await Task.WhenAll(Enumerable.Range(0, Categories).Select(i =>
            (i % 2 == 0 ? first : second).PostAsJsonAsync($"/api/v1/dps/{dps.Id()}/categories", new { name = $"Category {i}", description = "Lot" })));
        Assert.That(added.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.Created));

        await Eventually.Until(
            () => Sql.CountAsync(_connectionString, "SELECT count(*) FROM qualification.outbox_messages WHERE processed_at IS NULL"),
            pending => pending == 0,
            "both replicas' outboxes to drain");
        Assert.Multiple(async () =>
        {
            Assert.That(
                await Sql.CountAsync(_connectionString, "SELECT count(*) FROM catalogue.taxonomies WHERE dps_id = @p0", dps.Id()),
                Is.EqualTo(Categories),
                "each category's taxonomy opened once");
            Assert.That(
                await Sql.CountAsync(_connectionString, "SELECT count(*) FROM catalogue.inbox_messages"),
                Is.EqualTo(Categories),
                "each event consumed once");
            Assert.That(
                await Sql.CountAsync(_connectionString, "SELECT count(DISTINCT event_id) FROM catalogue.inbox_messages"),
                Is.EqualTo(Categories));
        });
        foreach (var category in added)
        {
            var categoryId = (await category.JsonAsync()).Id();
            var taxonomy = await second.GetAsync($"/api/v1/dps/{dps.Id()}/categories/{categoryId}/taxonomy");
            Assert.That(taxonomy.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a replica reads what the other wrote");
        }
    }

    [Test]
    public async Task Both_replicas_tell_the_same_time_after_the_clock_moves()
    {
        var first = await _first.ClientAsAsync(DpsRoles.Manager);
        var second = await _second.ClientAsAsync(DpsRoles.Manager);

        var moved = await first.PostAsJsonAsync("/api/v1/sandbox/clock", new { advanceBy = "3.00:00:00" });
        Assert.That(moved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await moved.Content.ReadAsStringAsync());

        var seen = await Eventually.Until(
            async () => await (await second.GetAsync("/api/v1/sandbox/clock")).JsonAsync(),
            clock => clock["offset"]!.GetValue<string>() == "3.00:00:00",
            "the other replica to see the move");
        var here = await (await first.GetAsync("/api/v1/sandbox/clock")).JsonAsync();
        var (now, there) = (here["now"]!.GetValue<DateTimeOffset>(), seen["now"]!.GetValue<DateTimeOffset>());
        Assert.That(now - there, Is.LessThan(TimeSpan.FromSeconds(5)).And.GreaterThan(TimeSpan.FromSeconds(-5)));
        Assert.That(now - DateTimeOffset.UtcNow, Is.GreaterThan(TimeSpan.FromDays(2.9)));

        (await first.PostAsJsonAsync("/api/v1/sandbox/clock", new { reset = true })).EnsureSuccessStatusCode();
    }
}
