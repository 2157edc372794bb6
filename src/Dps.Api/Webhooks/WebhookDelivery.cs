namespace Dps.Api.Webhooks;

/// <summary>One attempt to deliver one event to a subscription.</summary>
public sealed class WebhookDelivery
{
    public Guid Id { get; init; }

    public Guid SubscriptionId { get; init; }

    public Guid EventId { get; init; }

    public required string EventType { get; init; }

    public int Attempt { get; init; }

    public DateTimeOffset AttemptedAt { get; init; }

    public WebhookDeliveryOutcome Outcome { get; init; }

    public int? StatusCode { get; init; }

    public string? Error { get; init; }

    public int DurationMs { get; init; }
}

public enum WebhookDeliveryOutcome
{
    /// <summary>The subscriber answered 2xx.</summary>
    Delivered = 1,

    /// <summary>Another status, a timeout or no connection: tried again after a back-off.</summary>
    Failed = 2,

    /// <summary>Failing for longer than <c>Webhooks:RetryFor</c>: given up on, and delivery went on with the next event.</summary>
    Abandoned = 3,
}
