using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dps.BuildingBlocks.Infrastructure.Persistence;

namespace Dps.BuildingBlocks.Infrastructure.Audit;

/// <summary>
/// The canonical form of an audit entry and its hash, recomputed here independently of the database's
/// <c>audit_entry_hash</c> (<see cref="AuditChainSchema"/>), which must give the same bytes: each field is
/// <c>name:&lt;UTF-8 byte length&gt;:value\n</c>, or <c>name:-\n</c> when it has none.
/// </summary>
internal static class AuditChain
{
    private const string Version = "dps-audit-entry/1";

    /// <summary>The hash of the entry as stored: its jsonb columns as PostgreSQL prints them, its instant in UTC to the microsecond.</summary>
    public static byte[] HashOf(AuditEntry entry)
    {
        var content = new StringBuilder(Version).Append('\n');
        Field(content, "chain_position", entry.ChainPosition.ToString(CultureInfo.InvariantCulture));
        Field(content, "id", entry.Id.ToString("D"));
        Field(content, "occurred_at", entry.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
        Field(content, "actor_id", entry.ActorId);
        Field(content, "actor_roles", entry.ActorRoles);
        Field(content, "action", entry.Action);
        Field(content, "entity_type", entry.EntityType);
        Field(content, "entity_id", entry.EntityId);
        Field(content, "change", entry.Change);
        Field(content, "before", entry.Before);
        Field(content, "after", entry.After);
        Field(content, "previous_hash", entry.PreviousHash is { } previous ? Convert.ToHexStringLower(previous) : null);
        return SHA256.HashData(Encoding.UTF8.GetBytes(content.ToString()));
    }

    private static void Field(StringBuilder content, string name, string? value)
    {
        content.Append(name).Append(':');
        if (value is null)
        {
            content.Append('-');
        }
        else
        {
            content.Append(Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
        }

        content.Append('\n');
    }
}
