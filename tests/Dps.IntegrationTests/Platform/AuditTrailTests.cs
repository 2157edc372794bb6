using System.Net;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Infrastructure;
using Npgsql;

namespace Dps.IntegrationTests.Platform;

public sealed class AuditTrailTests : ApiTest
{
    [TestCase("UPDATE qualification.audit_entries SET actor_id = 'someone else'")]
    [TestCase("DELETE FROM qualification.audit_entries")]
    [TestCase("TRUNCATE catalogue.audit_entries")]
    public async Task The_audit_trail_is_append_only_even_for_the_database_owner(string tampering)
    {
        await (await AsManagerAsync()).CreateDpsAsync();

        var refusal = Assert.ThrowsAsync<PostgresException>(() => Sql.ExecuteAsync(ConnectionString, tampering));

        Assert.That(refusal!.MessageText, Does.Contain("append-only"));
    }

    [Test]
    public async Task Entries_are_filtered_by_time_and_paged_newest_first()
    {
        var manager = await AsManagerAsync();
        var from = DateTimeOffset.UtcNow.AddSeconds(-1);
        var first = await manager.CreateDpsAsync();
        var second = await manager.CreateDpsAsync();
        var auditor = await AsAsync(DpsRoles.Auditor);

        var page = await (await auditor.GetAsync($"/api/v1/audit?from={Uri.EscapeDataString(from.ToString("O"))}&pageSize=1")).JsonAsync();

        Assert.That(page["total"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(2));
        Assert.That(page["items"]!.AsArray().Single()!["entityId"]!.GetValue<string>(), Is.Not.EqualTo(first.Id().ToString()));
        Assert.That(second.Id(), Is.Not.EqualTo(first.Id()));
    }

    [Test]
    public async Task A_time_range_that_ends_before_it_starts_is_a_400()
    {
        var response = await (await AsAsync(DpsRoles.Auditor)).GetAsync("/api/v1/audit?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.ValidationErrorsAsync(), Does.ContainKey("to"));
    }

    [Test]
    public async Task Work_done_by_the_outbox_is_audited_as_the_system()
    {
        var manager = await AsManagerAsync();
        var category = await manager.AddCategoryAsync((await manager.CreateDpsAsync()).Id(), "SEN");

        var taxonomyEntry = await Eventually.Until(
            async () => (await (await manager.GetAsync("/api/v1/audit?pageSize=200")).JsonAsync())["items"]!.AsArray()
                .FirstOrDefault(e => e!["entityType"]!.GetValue<string>() == "Taxonomy"
                    && e["after"]!["category_id"]!.GetValue<string>() == category.Id().ToString()),
            entry => entry is not null,
            "the taxonomy's audit entry");

        Assert.That(taxonomyEntry!["module"]!.GetValue<string>(), Is.EqualTo("catalogue"));
        Assert.That(taxonomyEntry["actorId"]!.GetValue<string>(), Is.EqualTo("system"));
        Assert.That(taxonomyEntry["action"]!.GetValue<string>(), Is.EqualTo("CategoryAddedIntegrationEvent"));
    }
}
