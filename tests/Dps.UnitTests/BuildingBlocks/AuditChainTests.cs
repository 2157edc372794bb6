using System.Security.Cryptography;
using System.Text;
using Dps.BuildingBlocks.Infrastructure.Audit;
using Dps.BuildingBlocks.Infrastructure.Persistence;

namespace Dps.UnitTests.BuildingBlocks;

/// <summary>The canonical form the README documents, so that anyone can recompute an entry's hash from its row.</summary>
public sealed class AuditChainTests
{
    private static readonly byte[] Previous = Convert.FromHexString("00ff" + new string('a', 60));

    private static AuditEntry Entry(string actorId = "manager-1", string? before = null, byte[]? previousHash = null) => new()
    {
        ChainPosition = 7,
        Id = Guid.Parse("0190a1b2-c3d4-7e5f-8a6b-1c2d3e4f5a6b"),
        OccurredAt = new DateTimeOffset(2026, 1, 2, 10, 30, 0, TimeSpan.FromHours(1)).AddTicks(1234560),
        ActorId = actorId,
        ActorRoles = "dps-manager",
        Action = "CreateDps",
        EntityType = "DynamicPurchasingSystem",
        EntityId = "d",
        Change = "Added",
        Before = before,
        After = "{\"title\": \"Café\"}",
        PreviousHash = previousHash,
    };

    [Test]
    public void The_hash_is_sha256_of_the_documented_fields_with_their_byte_lengths()
    {
        const string canonical = "dps-audit-entry/1\n"
            + "chain_position:1:7\n"
            + "id:36:0190a1b2-c3d4-7e5f-8a6b-1c2d3e4f5a6b\n"
            + "occurred_at:27:2026-01-02T09:30:00.123456Z\n"
            + "actor_id:9:manager-1\n"
            + "actor_roles:11:dps-manager\n"
            + "action:9:CreateDps\n"
            + "entity_type:23:DynamicPurchasingSystem\n"
            + "entity_id:1:d\n"
            + "change:5:Added\n"
            + "before:-\n"
            + "after:18:{\"title\": \"Café\"}\n"
            + "previous_hash:64:00ffaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n";

        Assert.That(AuditChain.HashOf(Entry(previousHash: Previous)), Is.EqualTo(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))));
    }

    [Test]
    public void A_missing_value_and_an_empty_one_hash_apart() =>
        Assert.That(AuditChain.HashOf(Entry(before: "")), Is.Not.EqualTo(AuditChain.HashOf(Entry(before: null))));

    [Test]
    public void The_hash_changes_with_any_field_and_with_the_entry_it_follows()
    {
        var hash = AuditChain.HashOf(Entry(previousHash: Previous));

        Assert.That(AuditChain.HashOf(Entry(actorId: "manager-2", previousHash: Previous)), Is.Not.EqualTo(hash));
        Assert.That(AuditChain.HashOf(Entry()), Is.Not.EqualTo(hash));
    }
}
