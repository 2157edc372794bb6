using System.Net;
using System.Net.Http.Json;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Modules;
using Dps.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Dps.IntegrationTests.Platform.AuditChainRequests;

namespace Dps.IntegrationTests.Platform;

/// <summary>Every store's audit trail is a hash chain, and GET /audit/verify recomputes it (tampering: <see cref="AuditChainTamperingTests"/>).</summary>
public sealed class AuditChainTests : ApiTest
{
    private const string LinksOutOfOrder = """
        SELECT count(*) FROM (
            SELECT chain_position, previous_hash, row_number() OVER w AS place, lag(hash) OVER w AS hash_before
            FROM qualification.audit_entries WINDOW w AS (ORDER BY chain_position)) links
        WHERE chain_position <> place OR previous_hash IS DISTINCT FROM hash_before
        """;

    [Test]
    public async Task Every_store_chains_its_audit_trail()
    {
        var chained = await Sql.CountAsync(
            ConnectionString,
            "SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            + "WHERE t.tgname = 'audit_entries_chain' AND c.relname = 'audit_entries' AND n.nspname = ANY(@p0)",
            (object)Stores);

        Assert.That(Api.Services.GetRequiredService<ModuleRegistry>().All.Select(m => m.Name), Is.EquivalentTo(Stores));
        Assert.That(chained, Is.EqualTo(Stores.Length));
    }

    [Test]
    public async Task Each_entry_follows_the_hash_of_the_one_before_it()
    {
        var manager = await AsManagerAsync();
        await manager.CreateDpsAsync();
        await manager.CreateDpsAsync();

        Assert.That(await Sql.CountAsync(ConnectionString, "SELECT count(*) FROM qualification.audit_entries"), Is.GreaterThanOrEqualTo(2));
        Assert.That(await Sql.CountAsync(ConnectionString, LinksOutOfOrder), Is.Zero);
    }

    [Test]
    public async Task Every_modules_chain_is_intact_after_writes_through_the_api()
    {
        var manager = await AsManagerAsync();
        var category = await manager.AddCategoryAsync((await manager.CreateDpsAsync()).Id(), "SEN");
        (await manager.PostAsJsonAsync(SandboxClockRequests.Path, new { advanceBy = "00:01:00" })).EnsureSuccessStatusCode();
        await Eventually.Until(
            () => Sql.CountAsync(ConnectionString, "SELECT count(*) FROM catalogue.audit_entries WHERE after->>'category_id' = @p0", category.Id().ToString()),
            n => n > 0,
            "the catalogue's taxonomy entry");

        var verification = await (await AsAsync(DpsRoles.Auditor)).VerifyAuditTrailAsync();

        Assert.That(verification["intact"]!.GetValue<bool>(), Is.True, verification.ToJsonString());
        Assert.That(verification["modules"]!.AsArray().Select(m => m!["module"]!.GetValue<string>()), Is.EquivalentTo(Stores));
        foreach (var module in new[] { "platform", "qualification", "catalogue" })
        {
            var chain = verification.Chain(module);
            Assert.That(chain["intact"]!.GetValue<bool>(), Is.True, module);
            Assert.That(chain["firstBrokenEntryId"], Is.Null, module);
            Assert.That(chain["entries"]!.GetValue<long>(), Is.EqualTo(await Sql.CountAsync(ConnectionString, $"SELECT count(*) FROM {module}.audit_entries")).And.Positive, module);
            Assert.That(
                chain["headHash"]!.GetValue<string>(),
                Is.EqualTo(await Sql.ScalarAsync<string>(ConnectionString, $"SELECT encode(hash, 'hex') FROM {module}.audit_entries ORDER BY chain_position DESC LIMIT 1")),
                module);
        }
    }

    [Test]
    public async Task Entries_written_at_once_are_chained_one_after_another()
    {
        var manager = await AsManagerAsync();
        var before = await Sql.CountAsync(ConnectionString, "SELECT count(*) FROM qualification.audit_entries");

        var created = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => manager.PostAsJsonAsync("/api/v1/dps", Requests.NewDps())));

        Assert.That(created.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.Created));
        Assert.That(await Sql.CountAsync(ConnectionString, "SELECT count(*) FROM qualification.audit_entries") - before, Is.GreaterThanOrEqualTo(20));
        Assert.That(await Sql.CountAsync(ConnectionString, LinksOutOfOrder), Is.Zero);
        Assert.That((await manager.VerifyAuditTrailAsync()).Chain("qualification")["intact"]!.GetValue<bool>(), Is.True);
    }

    [Test]
    public async Task Text_in_any_script_hashes_alike_in_the_database_and_the_verifier()
    {
        var manager = await AsManagerAsync();
        var dps = Requests.NewDpsJson();
        dps["title"] = "Plac\u00e9ments \u2014 \u5b50\u4f9b \U0001F600 \"quoted\" back\\slash\ttab\nline";
        (await manager.PostAsJsonAsync("/api/v1/dps", dps)).EnsureSuccessStatusCode();

        var chain = (await manager.VerifyAuditTrailAsync()).Chain("qualification");

        Assert.That(chain["intact"]!.GetValue<bool>(), Is.True, chain.ToJsonString());
    }

    [TestCase(DpsRoles.Buyer)]
    [TestCase(DpsRoles.Supplier)]
    public async Task Only_the_manager_and_auditors_verify_the_audit_trail(string role)
    {
        var response = await (await AsAsync(role, authorityId: Guid.NewGuid(), supplierId: Guid.NewGuid())).GetAsync("/api/v1/audit/verify");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await Anonymous().GetAsync("/api/v1/audit/verify")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
