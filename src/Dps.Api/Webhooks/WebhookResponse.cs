using System.ComponentModel;

namespace Dps.Api.Webhooks;

[Description("A webhook subscription and where its delivery stands.")]
public sealed record WebhookResponse(
    [property: Description("The subscription's id.")] Guid Id,
    [property: Description("Where each event is POSTed.")] string Url,
    [property: Description("The event types it receives (`bid.submitted`, or `bid.*` for a kind); empty for every event its owner may see.")] IReadOnlyList<string> EventTypes,
    [property: Description("When it was registered (UTC).")] DateTimeOffset CreatedAt,
    [property: Description("Who registered it (the token's subject).")] string CreatedBy,
    [property: Description("The feed cursor of the last event delivered (or skipped); the next delivery is the first event after it.")] string Cursor,
    [property: Description("Failed attempts at the next event; 0 while deliveries succeed.")] int FailedAttempts,
    [property: Description("Since when the next event has failed; null while deliveries succeed.")] DateTimeOffset? FailingSince,
    [property: Description("When delivery is next tried (UTC).")] DateTimeOffset NextAttemptAt)
{
    public static WebhookResponse From(WebhookSubscription s) => new(
        s.Id, s.Url, s.EventTypes, s.CreatedAt, s.CreatedBy, new Feed.FeedCursor(s.CursorTransactionId, s.CursorPosition).ToString(),
        s.Attempts, s.FailingSince, s.NextAttemptAt);
}

[Description("A webhook subscription just registered, with its signing secret: shown this once, and never again.")]
public sealed record RegisteredWebhookResponse(
    [property: Description("The subscription.")] WebhookResponse Subscription,
    [property: Description("Keep it: each delivery's `Dps-Signature` is `v1=` and the hex HMAC-SHA256, under this secret, of the `Dps-Timestamp` header, a full stop and the raw body.")] string Secret);

[Description("One attempt to deliver one event.")]
public sealed record WebhookDeliveryResponse(
    [property: Description("The attempt's id.")] Guid Id,
    [property: Description("The feed event's id: the same on every attempt and replay.")] Guid EventId,
    [property: Description("The feed event's type.")] string EventType,
    [property: Description("1 for the first attempt at the event, then 2, 3, …")] int Attempt,
    [property: Description("When it was tried (UTC, platform clock).")] DateTimeOffset AttemptedAt,
    [property: Description("`Delivered` (2xx), `Failed` (retried after a back-off) or `Abandoned` (failing for longer than `Webhooks:RetryFor`; delivery went on).")] WebhookDeliveryOutcome Outcome,
    [property: Description("The subscriber's HTTP status; null when there was no answer.")] int? StatusCode,
    [property: Description("Why it failed; null when delivered.")] string? Error,
    [property: Description("How long the attempt took, in milliseconds.")] int DurationMs)
{
    public static WebhookDeliveryResponse From(WebhookDelivery d) =>
        new(d.Id, d.EventId, d.EventType, d.Attempt, d.AttemptedAt, d.Outcome, d.StatusCode, d.Error, d.DurationMs);
}
