using System.ComponentModel;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using MediatR;

namespace Dps.Api.Feed;

public static class FeedEndpoints
{
    public const int DefaultLimit = 100;

    public static void MapFeed(this IEndpointRouteBuilder api) =>
        api.MapGet("/feed", async (
                IMediator mediator,
                CancellationToken ct,
                [Description("Read the events after this cursor (an event's `cursor`, or the last page's `next`); absent, from the first event.")] string? after,
                [Description("At most this many events, 1 to 1000.")] int limit = DefaultLimit) =>
                TypedResults.Ok(await mediator.Send(new ReadFeed(after, limit), ct)))
            .WithTags("Feed")
            .RequireRoles(DpsRoles.All)
            .WithName("ReadFeed")
            .WithSummary("Read what changed, after a cursor")
            .WithDescription(
                "The platform's business events that the caller may see, oldest first: a supplier its applications, memberships, offers, "
                + "invitations, bids (with their receipts), contracts, claims, invoices and outcomes; a buyer its authority's referrals, "
                + "bid counts, questions, evaluations, awards, contracts, claims and invoices; the DPS manager and auditors every event. "
                + "Each names the resource, where to read it and its new version. Keep the page's `next` and ask again: no event is ever "
                + "skipped, and one committed late by a slower transaction comes after every cursor handed out before it.")
            .ProducesProblems(400);
}
