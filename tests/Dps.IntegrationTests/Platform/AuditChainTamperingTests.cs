using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Infrastructure;
using static Dps.IntegrationTests.Platform.AuditChainRequests;

namespace Dps.IntegrationTests.Platform;

/// <summary>
/// What even the tables' owner can do, switching the append-only trigger off, the verifier finds: each test breaks a
/// fresh database's qualification chain, of three DPSs' entries, and asks GET /audit/verify.
/// </summary>
public sealed class AuditChainTamperingTests : DatabasePerTest
{
    private const string TriggerOff = "ALTER TABLE qualification.audit_entries DISABLE TRIGGER audit_entries_append_only;";

    private const string TriggerOn = "ALTER TABLE qualification.audit_entries ENABLE TRIGGER audit_entries_append_only;";

    private DpsApiFactory _api = null!;

    [SetUp]
    public async Task WriteThreeEntries()
    {
        _api = new DpsApiFactory(Database);
        var manager = await _api.ClientAsAsync(DpsRoles.Manager);
        for (var i = 0; i < 3; i++)
        {
            await manager.CreateDpsAsync();
        }

        Assert.That((await manager.VerifyAuditTrailAsync())["intact"]!.GetValue<bool>(), Is.True);
    }

    [TearDown]
    public Task StopApi() => _api.DisposeAsync().AsTask();

    [TestCase(TriggerOff, TriggerOn)]
    [TestCase("SET session_replication_role = replica;", "SET session_replication_role = origin;")]
    public async Task A_changed_entry_is_named_as_the_first_broken_link(string switchOff, string switchOn)
    {
        var changed = await EntryAtAsync(Database, "qualification", 2);

        await Sql.ExecuteAsync(Database, $"{switchOff} UPDATE qualification.audit_entries SET actor_id = 'someone else' WHERE id = '{changed}'; {switchOn}");

        var verification = await VerifyAsync();
        Assert.That(verification["intact"]!.GetValue<bool>(), Is.False);
        var chain = verification.Chain("qualification");
        Assert.That(chain["intact"]!.GetValue<bool>(), Is.False);
        Assert.That(chain["firstBrokenEntryId"]!.GetValue<Guid>(), Is.EqualTo(changed));
        Assert.That(chain["reason"]!.GetValue<string>(), Does.Contain("changed after it was written"));
        Assert.That(verification.Chain("platform")["intact"]!.GetValue<bool>(), Is.True, "the other modules' chains");
    }

    [TestCase(2, "the entries between them are missing")]
    [TestCase(1, "the entries before it are missing")]
    public async Task A_removed_entry_is_found_at_the_entry_after_it(long removedAt, string reason)
    {
        var (removed, next) = (await EntryAtAsync(Database, "qualification", removedAt), await EntryAtAsync(Database, "qualification", removedAt + 1));

        await Sql.ExecuteAsync(Database, $"{TriggerOff} DELETE FROM qualification.audit_entries WHERE id = '{removed}'; {TriggerOn}");

        var chain = (await VerifyAsync()).Chain("qualification");
        Assert.That(chain["firstBrokenEntryId"]!.GetValue<Guid>(), Is.EqualTo(next));
        Assert.That(chain["reason"]!.GetValue<string>(), Does.Contain(reason));
        Assert.That(chain["entries"]!.GetValue<long>(), Is.EqualTo(await Sql.CountAsync(Database, "SELECT count(*) FROM qualification.audit_entries")));
    }

    [Test]
    public async Task A_changed_entry_given_a_fresh_hash_breaks_the_link_to_the_next_one()
    {
        var (changed, next) = (await EntryAtAsync(Database, "qualification", 2), await EntryAtAsync(Database, "qualification", 3));

        await Sql.ExecuteAsync(Database, $"""
            {TriggerOff}
            UPDATE qualification.audit_entries SET actor_id = 'someone else' WHERE id = '{changed}';
            UPDATE qualification.audit_entries e SET hash = qualification.audit_entry_hash(e) WHERE id = '{changed}';
            {TriggerOn}
            """);

        var chain = (await VerifyAsync()).Chain("qualification");
        Assert.That(chain["firstBrokenEntryId"]!.GetValue<Guid>(), Is.EqualTo(next));
        Assert.That(chain["reason"]!.GetValue<string>(), Does.Contain("does not follow the hash of the entry before it"));
    }

    private async Task<System.Text.Json.Nodes.JsonObject> VerifyAsync() =>
        await (await _api.ClientAsAsync(DpsRoles.Auditor)).VerifyAuditTrailAsync();
}
