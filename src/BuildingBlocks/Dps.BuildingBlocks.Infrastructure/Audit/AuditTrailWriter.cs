using System.Text.Json;
using System.Text.Json.Nodes;
using Dps.BuildingBlocks.Infrastructure.Feed;
using Dps.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Dps.BuildingBlocks.Infrastructure.Audit;

/// <summary>Appends one audit entry per changed entity, with its values before and after, to the save being made.</summary>
internal static class AuditTrailWriter
{
    /// <summary>The messaging tables are bookkeeping, not state: they are audited only when asked for by name.</summary>
    public static IReadOnlyList<AuditEntry> Append(ModuleDbContext db, ModuleDbDependencies dependencies) =>
        Append(db, dependencies, db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is not (OutboxMessage or InboxMessage or AuditEntry or FeedEntry))
            .ToList());

    public static IReadOnlyList<AuditEntry> Append(ModuleDbContext db, ModuleDbDependencies dependencies, IReadOnlyList<EntityEntry> changed)
    {
        var now = dependencies.Clock.GetUtcNow();
        var appended = changed.Select(entry => new AuditEntry
            {
                Id = Guid.CreateVersion7(now),
                OccurredAt = now,
                ActorId = dependencies.Actor.Id,
                ActorRoles = string.Join(',', dependencies.Actor.Roles),
                Action = dependencies.RequestContext.Action,
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = KeyOf(entry),
                Change = entry.State.ToString(),
                Before = entry.State == EntityState.Added ? null : Snapshot(entry, original: true),
                After = entry.State == EntityState.Deleted ? null : Snapshot(entry, original: false),
            })
            .ToList();
        db.AuditEntries.AddRange(appended);
        return appended;
    }

    private static string KeyOf(EntityEntry entry) =>
        string.Join('/', entry.Metadata.FindPrimaryKey()!.Properties
            .Select(p => entry.Property(p.Name))
            .Select(p => p.CurrentValue is { } value ? ProviderValue(p, value) : null));

    private static string Snapshot(EntityEntry entry, bool original)
    {
        var values = new JsonObject();

        // The row version is the store's, not the entity's state: before a save it is not yet known.
        foreach (var property in entry.Properties.Where(p => !p.Metadata.IsConcurrencyToken))
        {
            var value = original ? property.OriginalValue : property.CurrentValue;
            values[property.Metadata.GetColumnName()] = ToJson(property, value);
        }

        return values.ToJsonString();
    }

    private static JsonNode? ToJson(PropertyEntry property, object? value)
    {
        if (value is null)
        {
            return null;
        }

        var stored = ProviderValue(property, value);
        return property.Metadata.GetColumnType() == "jsonb" && stored is string json
            ? JsonNode.Parse(json)
            : JsonSerializer.SerializeToNode(stored);
    }

    private static object? ProviderValue(PropertyEntry property, object value) =>
        property.Metadata.GetTypeMapping().Converter is { } converter ? converter.ConvertToProvider(value) : value;
}
