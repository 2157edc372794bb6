using System.ComponentModel;

namespace Dps.Api.Feed;

[Description("A page of the change feed, oldest first.")]
public sealed record FeedPage(
    [property: Description("The events after the cursor asked for, in feed order; empty when nothing newer has committed.")] IReadOnlyList<FeedEvent> Items,
    [property: Description("Pass as `after` for the next page; the same cursor when the page is empty. Opaque: store it, do not parse it.")] string Next);

[Description("One business event: what became of which resource.")]
public sealed record FeedEvent(
    [property: Description("The event's id: the same on every read and every webhook delivery of it.")] Guid Id,
    [property: Description("This event's place in the feed: `after` it, reading resumes with the next event.")] string Cursor,
    [property: Description("The resource's kind and what became of it, e.g. `application.submitted`, `bid.withdrawn`, `contract.completed`.")] string Type,
    [property: Description("When it happened, on the platform clock (UTC).")] DateTimeOffset OccurredAt,
    [property: Description("The resource the event is about.")] FeedResource Resource,
    [property: Description("The resource's version after the event (its ETag without quotes); null when the event only notes a change about it (e.g. a referral's bid count).")] uint? Version);

[Description("The resource an event is about, and where to read it.")]
public sealed record FeedResource(
    [property: Description("e.g. `application`, `referral`, `bid`, `contract`, `claim`.")] string Kind,
    [property: Description("The resource's id.")] Guid Id,
    [property: Description("Its path under this API, to GET with the same token.")] string Url);
