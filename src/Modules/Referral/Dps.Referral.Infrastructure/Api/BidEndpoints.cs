using System.ComponentModel;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.Referral.Application.Bids;
using Dps.Referral.Application.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dps.Referral.Infrastructure.Api;

internal static class BidEndpoints
{
    /// <summary>A bid for one of the supplier's invited establishments.</summary>
    public sealed record BidSubmission(
        Guid EstablishmentId,
        [property: Description("The offer: its core and variable costs, the needs and features it meets, its method statement and its proposed start.")] BidOffer Offer);

    public sealed record BidWithdrawal(
        [property: Description("Why the supplier withdraws, up to 2,000 characters; `Withdrawn by the supplier.` when left out.")] string? Reason);

    private const string Sealed = "Sealed until the deadline: only the bidding supplier reads a bid's content before the referral closes (not the buyer, the DPS manager or auditors); at rest it is encrypted (AES-256-GCM), and the answer's `receipt` is the SHA-256 of its canonical content and when it was sealed, which the opened bid can be checked against.";

    private const string Rules = "Only the supplier of an invited establishment bids (any other: 404); the establishment must be an active member of the category now (409, rule `BidderMustBeAnActiveMember`); only before the deadline of a published referral (409, rule `ReferralMustBeOpenForResponses`). Every qualified core cost line is priced once and no other (422, rule `CoreCostLinesMustBeTheQualifiedLines`), each at most the qualified amount (422, rule `CoreCostMustNotExceedTheQualified`, naming the line); needs and features met are codes of the referral's (422, rule `BidCodesMustBeTheReferrals`). The platform computes the price: core + variable costs, less the qualified cohort discount when the referral's group size is more than 1, rounded to the penny.";

    public static void Map(IEndpointRouteBuilder api)
    {
        var referrals = api.MapGroup("/referrals").WithTags("Bids");
        var bids = api.MapGroup("/bids").WithTags("Bids");

        referrals.MapPost("{referralId:guid}/bids", async (Guid referralId, BidSubmission body, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var bid = await mediator.Send(new SubmitBid(referralId, body.EstablishmentId, body.Offer), ct);
                return VersionedResults.CreatedAt(http, "GetBid", new { bidId = bid.Id }, bid);
            })
            .RequireRoles(DpsRoles.Supplier)
            .WithName("SubmitBid")
            .WithSummary("Bid on a referral for an invited establishment")
            .WithDescription($"{Rules} One live bid per establishment (409, rule `OneLiveBidPerEstablishment`): revise or withdraw it instead. {Sealed}")
            .Produces<BidResponse>(StatusCodes.Status201Created)
            .ProducesProblems(400, 404, 409, 422);

        referrals.MapList<BidResponse>("{referralId:guid}/bids", "ListBids", DpsRoles.All, (Guid referralId, int page = 1, int pageSize = PagingDefaults.PageSize) =>
                new ListBids(referralId, page, pageSize))
            .WithSummary("List a referral's bids")
            .WithDescription("Oldest first. A supplier lists its own bids on the referral, with their content. The referral's buyer, the DPS manager and auditors list every bid with its content once the referral has closed; before that the page is empty and `total` is only the number of live bids. A referral the reader may not see is 404.")
            .ProducesProblems(404);

        bids.MapGetVersioned<BidResponse>("{bidId:guid}", "GetBid", DpsRoles.All, (Guid bidId) => new GetBid(bidId))
            .WithSummary("Get a bid")
            .WithDescription("Its supplier reads it at any time; the referral's buyer, the DPS manager and auditors once the referral has closed, opened, with the `receipt` digest to check it against. Anyone else, and they before the close, get 404.");

        bids.MapPut("{bidId:guid}", async (Guid bidId, BidOffer body, IMediator mediator, HttpContext http, CancellationToken ct) =>
                VersionedResults.Ok(http, await mediator.Send(new ReviseBid(bidId, body, EntityTags.IfMatch(http.Request)), ct)))
            .RequireRoles(DpsRoles.Supplier)
            .WithName("ReviseBid")
            .WithSummary("Revise a live bid")
            .WithDescription($"Replaces the offer as a whole, priced and sealed again, with a new receipt. Another supplier's bid is 404; a withdrawn one is final (409, rule `BidMustBeLive`). {Rules} Send the ETag as If-Match; a stale one is 412 (rule `ChangesMustStartFromTheCurrentVersion`), so of two concurrent revisions one wins.")
            .AcceptsIfMatch()
            .ProducesProblems(400, 404, 409, 412, 422);

        bids.MapCommand<BidWithdrawal, BidResponse>("{id:guid}/withdraw", (id, body, ifMatch) => new WithdrawBid(id, body.Reason, ifMatch))
            .RequireRoles(DpsRoles.Supplier)
            .WithName("WithdrawBid")
            .WithSummary("Withdraw a live bid, optionally with a reason")
            .WithDescription("Before the deadline (409, rule `ReferralMustBeOpenForResponses`); a bid already withdrawn is 409 (rule `BidMustBeLive`); another supplier's is 404. The establishment may bid again afterwards. A member suspended by Qualification has its live bids on open referrals of the category withdrawn for it, with the suspension's reason.");
    }
}
