using System.ComponentModel;
using System.Text.Json.Nodes;

namespace Dps.BuildingBlocks.Application.Audit;

/// <summary>One append-only entry of the audit trail: who changed what, when, from what to what.</summary>
public sealed record AuditRecord(
    Guid Id,
    [property: Description("The module whose trail holds the entry, e.g. `qualification`.")] string Module,
    [property: Description("When the change was saved, on the platform clock (UTC).")] DateTimeOffset OccurredAt,
    string ActorId,
    [property: Description("The roles the actor's token carried; empty for the platform's own background work.")] IReadOnlyList<string> ActorRoles,
    [property: Description("The operation or event that made the change, e.g. `RegisterSupplier`; `unspecified` when none is known.")] string Action,
    [property: Description("The kind of record changed, e.g. `Supplier` or `Membership`.")] string EntityType,
    string EntityId,
    [property: Description("What happened to the record: `Added`, `Modified` or `Deleted`.")] string Change,
    JsonNode? Before,
    JsonNode? After);

public sealed record AuditFilter(string? EntityId, DateTimeOffset? From, DateTimeOffset? To);

/// <summary>Reads one module's own audit table; the host merges the modules' trails.</summary>
public interface IAuditTrailReader
{
    Task<int> CountAsync(AuditFilter filter, CancellationToken cancellationToken);

    /// <summary>The newest <paramref name="take"/> entries matching the filter, newest first.</summary>
    Task<IReadOnlyList<AuditRecord>> ReadNewestAsync(AuditFilter filter, int take, CancellationToken cancellationToken);
}
