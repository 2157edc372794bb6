namespace Dps.Api.Webhooks;

/// <summary>
/// A subscriber's URL and the feed events it wants, with where its delivery stands. Its owner's scope decides which
/// events reach it, as the feed would show them to the owner. The delivery state is written by the dispatcher with plain
/// SQL (<see cref="WebhookDispatcher"/>), so it is bookkeeping, not audited; registration, replay and removal are.
/// </summary>
public sealed class WebhookSubscription
{
    public Guid Id { get; init; }

    public required string Url { get; init; }

    /// <summary>Exact types (<c>bid.submitted</c>) or kinds (<c>bid.*</c>); empty for every event.</summary>
    public string[] EventTypes { get; init; } = [];

    /// <summary>The secret is derived from this and the configured key, so the database alone cannot sign.</summary>
    public required byte[] SecretSalt { get; init; }

    public required string OwnerRole { get; init; }

    public Guid? SupplierId { get; init; }

    public Guid? AuthorityId { get; init; }

    public required string CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public long CursorTransactionId { get; set; }

    public long CursorPosition { get; set; }

    /// <summary>Failed attempts at the event after the cursor.</summary>
    public int Attempts { get; set; }

    public DateTimeOffset? FailingSince { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? LeasedUntil { get; set; }

    public Guid? LeaseToken { get; set; }
}
