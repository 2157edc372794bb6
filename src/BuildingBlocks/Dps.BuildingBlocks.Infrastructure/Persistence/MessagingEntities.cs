namespace Dps.BuildingBlocks.Infrastructure.Persistence;

/// <summary>An integration event waiting to be delivered; written in the same transaction as the change that raised it.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public required string Type { get; init; }

    public required string Payload { get; init; }

    public DateTimeOffset? ProcessedAt { get; set; }

    /// <summary>Failed attempts since the message was written or last redelivered.</summary>
    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? FirstFailedAt { get; set; }

    /// <summary>When a failed message is due again; null while it has not failed (it is due at once).</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>When delivery gave up on it; a parked message waits for an operator to redeliver it.</summary>
    public DateTimeOffset? ParkedAt { get; set; }
}

/// <summary>An integration event a consumer of this module has already handled; keyed by event id and consumer.</summary>
public sealed class InboxMessage
{
    public Guid EventId { get; init; }

    public required string Consumer { get; init; }

    public required string Type { get; init; }

    public DateTimeOffset ProcessedAt { get; init; }
}

/// <summary>
/// A row of the module's append-only audit table (a trigger refuses updates and deletes). The database chains it as it
/// is inserted (<see cref="AuditChainSchema"/>): its place, the hash of the entry before it, and its own hash.
/// </summary>
public sealed class AuditEntry
{
    public Guid Id { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public required string ActorId { get; init; }

    public required string ActorRoles { get; init; }

    public required string Action { get; init; }

    public required string EntityType { get; init; }

    public required string EntityId { get; init; }

    public required string Change { get; init; }

    public string? Before { get; init; }

    public string? After { get; init; }

    /// <summary>Its place in the module's chain, from 1; set by the database.</summary>
    public long ChainPosition { get; init; }

    /// <summary>The hash of the entry before it, none for the first; set by the database.</summary>
    public byte[]? PreviousHash { get; init; }

    /// <summary>SHA-256 of its content and <see cref="PreviousHash"/>; set by the database.</summary>
    public byte[] Hash { get; init; } = [];
}
