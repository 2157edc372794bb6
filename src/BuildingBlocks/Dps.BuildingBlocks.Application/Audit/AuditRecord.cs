using System.Text.Json.Nodes;

namespace Dps.BuildingBlocks.Application.Audit;

/// <summary>One append-only entry of the audit trail: who changed what, when, from what to what.</summary>
public sealed record AuditRecord(
    Guid Id,
    string Module,
    DateTimeOffset OccurredAt,
    string ActorId,
    IReadOnlyList<string> ActorRoles,
    string Action,
    string EntityType,
    string EntityId,
    string Change,
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
