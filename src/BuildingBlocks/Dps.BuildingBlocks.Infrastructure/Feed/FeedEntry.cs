namespace Dps.BuildingBlocks.Infrastructure.Feed;

/// <summary>
/// One business event of the change feed (<c>platform.feed_events</c>), written by the command's own transaction so it
/// commits with the change or not at all. Ordered by <see cref="TransactionId"/>, then <see cref="Position"/>.
/// </summary>
public sealed class FeedEntry
{
    /// <summary>Assigned by the database; orders the entries of one transaction.</summary>
    public long Position { get; init; }

    /// <summary>The writing transaction's 64-bit id (<c>pg_current_xact_id()</c>), assigned by the database.</summary>
    public long TransactionId { get; init; }

    public Guid Id { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>e.g. <c>bid.submitted</c>: the resource's kind and what became of it.</summary>
    public required string Type { get; init; }

    public required string ResourceKind { get; init; }

    public Guid ResourceId { get; init; }

    public required string ResourcePath { get; init; }

    /// <summary>Whether the resource itself was written (so its version is the transaction's); false for a notice about it.</summary>
    public bool ResourceChanged { get; init; }

    /// <summary>The supplier that sees the entry besides the manager and auditors; null for none.</summary>
    public Guid? SupplierId { get; init; }

    /// <summary>The authority whose buyers see the entry; null for none.</summary>
    public Guid? AuthorityId { get; init; }
}
