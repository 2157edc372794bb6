using System.ComponentModel;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.Evaluation.Application.OfferMatching;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dps.Evaluation.Infrastructure.Api;

internal static class OfferMatchEndpoints
{
    /// <summary>The buyer's scores, 0–100, on DWP's four evaluation questions.</summary>
    public sealed record FitScoreEntry(
        [property: Description("Your score, 0–100, for the overall fit of the offer's content.")] decimal OverallFit,
        [property: Description("Your score, 0–100, for the evidence that the offer moves claimants closer to work.")] decimal MovesClaimantsCloserToWork,
        [property: Description("Your score, 0–100, for the performance the offer expects and its rationale.")] decimal PerformanceExpectations,
        [property: Description("Your score, 0–100, for the performance management the offer has in place.")] decimal PerformanceManagement);

    /// <summary>Why the supplier declines (required for a decline).</summary>
    public sealed record DeclineEntry(
        [property: Description("Why the supplier declines, up to 2,000 characters.")] string Reason);

    private const string Ranking = "Offers are scored with the business case's weights by the same rules as bids: price per participant (the lowest gets the whole price weight, others pro rata); the business case's client groups the offer serves (one mark each, the `needs` of the breakdown); the distance from the business case's location to the offer's nearest delivery location, banded as for bids; the supplier's best active establishment's core competency score; and the buyer's fit score (the mean of the four questions, as `outcomes`).";

    public static void Map(IEndpointRouteBuilder api)
    {
        var referrals = api.MapGroup("/referrals").WithTags("Offer matching");

        referrals.MapGetVersioned<OfferMatchesResponse>("{referralId:guid}/offer-matches", "GetOfferMatches", [DpsRoles.Buyer, DpsRoles.Supplier, DpsRoles.Manager, DpsRoles.Auditor], (Guid referralId) => new GetOfferMatches(referralId))
            .WithSummary("Get a business case's offers ranked against it (DWP)")
            .WithDescription($"Once a buyer has handed a business case to matching (`POST /api/v1/referrals/{{id}}/match`), the category's current offers of active members, as they stood then, ranked with the full breakdown. {Ranking} The business case's buyers, the DPS manager and auditors see every offer; a supplier only its own (others get 404). `invitations` lists who was invited, when, by when they must answer (2 working days; configuration `Evaluation:OfferResponseWorkingDays`) and how it ended.");

        referrals.MapPost("{referralId:guid}/offer-matches/{offerId:guid}/fit-score", async (Guid referralId, Guid offerId, FitScoreEntry body, IMediator mediator, HttpContext http, CancellationToken ct) =>
                VersionedResults.Ok(http, await mediator.Send(
                    new RecordFitScore(referralId, offerId, body.OverallFit, body.MovesClaimantsCloserToWork, body.PerformanceExpectations, body.PerformanceManagement, EntityTags.IfMatch(http.Request)), ct)))
            .RequireRoles(DpsRoles.Buyer)
            .WithName("RecordFitScore")
            .WithSummary("Score an offer's fit on DWP's four evaluation questions")
            .WithDescription("A buyer of the business case's authority scores, 0–100 each: `overallFit` (the overall fit of the content), `movesClaimantsCloserToWork` (the evidence it moves claimants closer to work), `performanceExpectations` (the performance expected and its rationale) and `performanceManagement` (the performance management in place); their mean is the offer's fit score. Recording again replaces it, until the first supplier is invited (409, rule `BusinessCaseMatchMustBeRanking`). An offer not in the matching is 404. If-Match takes the matching's ETag (412 if stale).")
            .AcceptsIfMatch()
            .ProducesProblems(400, 404, 409, 412);

        referrals.MapCommand("{id:guid}/offer-matches/invite", (id, ifMatch) => new InviteBestOffer(id, ifMatch))
            .RequireRoles(DpsRoles.Buyer)
            .WithName("InviteBestOffer")
            .WithSummary("Invite the best offer at or above the minimum standard")
            .WithDescription("Once every offer has its fit score (409, rule `RankingMustBeComplete`), the buyer invites the best-ranked offer whose total is at least the minimum standard (configuration `Evaluation:OfferMinimumStandard`, default 60); with none, the status becomes `NoSuitableOffer`. Its supplier has 2 working days to accept or decline; a decline, or no answer in time, invites the next offer at or above the standard, by itself. Only once (409, rule `BusinessCaseMatchMustBeRanking`).");

        referrals.MapPost("{referralId:guid}/offer-matches/{offerId:guid}/accept", async (Guid referralId, Guid offerId, IMediator mediator, HttpContext http, CancellationToken ct) =>
                VersionedResults.Ok(http, await mediator.Send(new AnswerOfferInvitation(referralId, offerId, Accept: true, Reason: null), ct)))
            .RequireRoles(DpsRoles.Supplier)
            .WithName("AcceptOfferInvitation")
            .WithSummary("Accept the invitation to take the business case: the award")
            .WithDescription("The supplier of the invited offer accepts before its respond-by time (409, rule `OfferInvitationMustBeOpen`, for any other offer, a lapsed or answered invitation). That is the award: the award event `ServiceAwardedIntegrationEvent` (route `OfferMatch`, price per participant, the category's funding model) hands it to contract management. A supplier with no offer in the matching gets 404.")
            .ProducesProblems(400, 404, 409);

        referrals.MapPost("{referralId:guid}/offer-matches/{offerId:guid}/decline", async (Guid referralId, Guid offerId, DeclineEntry body, IMediator mediator, HttpContext http, CancellationToken ct) =>
                VersionedResults.Ok(http, await mediator.Send(new AnswerOfferInvitation(referralId, offerId, Accept: false, body.Reason), ct)))
            .RequireRoles(DpsRoles.Supplier)
            .WithName("DeclineOfferInvitation")
            .WithSummary("Decline the invitation, with a reason: the next offer is invited")
            .WithDescription("The supplier of the invited offer declines before its respond-by time, giving its `reason` (400 without one; 409, rule `OfferInvitationMustBeOpen`, otherwise). The next offer at or above the minimum standard is invited at once; with none left, the status becomes `NoSuitableOffer`.")
            .ProducesProblems(400, 404, 409);
    }
}
