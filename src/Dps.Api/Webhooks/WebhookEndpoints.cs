using System.ComponentModel;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using MediatR;

namespace Dps.Api.Webhooks;

public static class WebhookEndpoints
{
    /// <summary>A new subscription: the URL and the event types it wants.</summary>
    public sealed record WebhookRequest(
        [property: Description("Where to POST each event: https (plain http only where `Webhooks:AllowHttp`), reaching a public address.")] string Url,
        [property: Description("Feed event types (`bid.submitted`) or kinds (`bid.*`); empty or absent for every event the caller may see.")] IReadOnlyList<string>? EventTypes);

    /// <summary>Where to replay from.</summary>
    public sealed record ReplayRequest(
        [property: Description("A feed cursor (an event's `cursor`, e.g. from a delivery's body): every matching event after it is delivered again, in order. Absent: from the feed's beginning.")] string? After);

    private static readonly string[] Owners = [DpsRoles.Manager, DpsRoles.Buyer, DpsRoles.Supplier];

    public static void MapWebhooks(this IEndpointRouteBuilder api)
    {
        var webhooks = api.MapGroup("/webhooks").WithTags("Webhooks");

        webhooks.MapPost("", async (WebhookRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var registered = await mediator.Send(new RegisterWebhook(body.Url, body.EventTypes ?? []), ct);
                return TypedResults.Created(http.PathOf("GetWebhook", new { webhookId = registered.Subscription.Id }), registered);
            })
            .RequireRoles(Owners)
            .WithName("RegisterWebhook")
            .WithSummary("Have feed events pushed to a URL")
            .WithDescription(
                "A supplier's staff, a buyer (for its authority) or the DPS manager subscribes a URL to the feed events the subscription's "
                + "owner may see (`GET /api/v1/feed`), of the types asked for. Each is POSTed as the feed shows it, in feed order, from "
                + "the feed's end at registration; with headers `Dps-Event-Id`, `Dps-Event-Type`, `Dps-Timestamp` (Unix seconds) and "
                + "`Dps-Signature` (`v1=` and the hex HMAC-SHA256, under the secret, of the timestamp, a full stop and the raw body). "
                + "Answer 2xx within `Webhooks:Timeout` (10 s): anything else is retried, in order, with exponential back-off, for "
                + "`Webhooks:RetryFor` (24 hours), then logged as abandoned. An event may come twice, with the same id; none is lost. "
                + "The `secret` is in this response only. A URL reaching a private, loopback or link-local address is refused "
                + "(422, rule `WebhookMustReachAPublicAddress`).")
            .Produces<RegisteredWebhookResponse>(StatusCodes.Status201Created)
            .ProducesProblems(400, 422);

        webhooks.MapList<WebhookResponse>("", "ListWebhooks", DpsRoles.All, (int page = 1, int pageSize = PagingDefaults.PageSize) =>
                new ListWebhooks(page, pageSize))
            .WithSummary("List webhook subscriptions")
            .WithDescription("The caller's organisation's subscriptions, newest first; the DPS manager and auditors see every one. No secrets.");

        webhooks.MapGetOne<WebhookResponse>("{webhookId:guid}", "GetWebhook", DpsRoles.All, (Guid webhookId) => new GetWebhook(webhookId))
            .WithSummary("Get a webhook subscription and where its delivery stands");

        webhooks.MapList<WebhookDeliveryResponse>("{webhookId:guid}/deliveries", "ListWebhookDeliveries", DpsRoles.All, (
                Guid webhookId, int page = 1, int pageSize = PagingDefaults.PageSize) =>
                new ListWebhookDeliveries(webhookId, page, pageSize))
            .WithSummary("Read a subscription's delivery log")
            .WithDescription("Every attempt, newest first: the event, its attempt number, the outcome, the subscriber's status code and the error.")
            .ProducesProblems(404);

        webhooks.MapPost("{webhookId:guid}/replay", async (Guid webhookId, ReplayRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ReplayWebhook(webhookId, body.After), ct)))
            .RequireRoles(Owners)
            .WithName("ReplayWebhook")
            .WithSummary("Deliver events again from a cursor")
            .WithDescription("Every matching event after `after` is delivered again, in order, starting now; the retry count starts afresh.")
            .ProducesProblems(400, 404);

        webhooks.MapDelete("{webhookId:guid}", async (Guid webhookId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RemoveWebhook(webhookId), ct);
                return TypedResults.NoContent();
            })
            .RequireRoles(Owners)
            .WithName("RemoveWebhook")
            .WithSummary("Remove a webhook subscription")
            .WithDescription("Delivery stops at once (an attempt under way finishes); its delivery log goes with it.")
            .ProducesProblems(404);
    }
}
