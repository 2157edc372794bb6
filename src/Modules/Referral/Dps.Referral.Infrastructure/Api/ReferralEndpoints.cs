using System.ComponentModel;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.Referral.Application.Contracts;
using Dps.Referral.Application.Referrals;
using Dps.Referral.Domain.Referrals;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dps.Referral.Infrastructure.Api;

internal static class ReferralEndpoints
{
    public sealed record WideningRequest(
        [property: Description("The new geographic limit, in miles from the service user's home: wider than the current one, and at most 500 by default.")] decimal GeographicLimitMiles);

    public sealed record CancellationRequest(
        [property: Description("Why the referral is cancelled, up to 2,000 characters; the invitees see it.")] string Reason);

    /// <summary>The client groups a business case is for, e.g. <c>Long-term unemployed</c>, matched against the offers' groups.</summary>
    public sealed record MatchingRequest(
        [property: Description("The client groups the business case is for, 1–20, each up to 200 characters, e.g. `Long-term unemployed`.")] IReadOnlyList<string> ClientGroups);

    public static void Map(IEndpointRouteBuilder api)
    {
        var referrals = api.MapGroup("/referrals").WithTags("Referrals");

        referrals.MapPost("", async (ReferralDetails body, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var referral = await mediator.Send(new RaiseReferral(body), ct);
                return VersionedResults.CreatedAt(http, "GetReferral", new { referralId = referral.Id }, referral);
            })
            .RequireRoles(DpsRoles.Buyer)
            .WithName("RaiseReferral")
            .WithSummary("Raise a referral (or a business case) as a draft")
            .WithDescription("A buyer of an authority that takes part in the category's DPS (any other authority's buyer gets 403) raises a draft in one category. `serviceUserReference` is anonymised: 2–6 capital letters, a hyphen and 4–12 digits (e.g. `KCC-20261234`), never a name. Needs and features are codes of the category's taxonomy (422, rule `ReferralCodesMustBeInTheTaxonomy`); a `mark` left out takes the taxonomy's default. Weights are percentages summing to 100: price within 30–70 (so quality 30–70), core competency at most 20, location at most 5 (configuration `Referral:Weights`); each broken limit is a 400 naming the field. `groupSize` (cohort or sibling group) and `places` (more than 1 for a block booking) default to 1. On a DPS configured to match offers (`Referral:Schemes:<reference>:MatchesOffers`) the draft is a `BusinessCase`, handed to offer matching rather than published.")
            .Produces<ReferralResponse>(StatusCodes.Status201Created)
            .ProducesProblems(400, 403, 404, 422);

        referrals.MapList<ReferralResponse>("", "ListReferrals", DpsRoles.All, (
                [Description("Only the referrals in this category.")] Guid? categoryId,
                [Description("Only the referrals in this status.")] ReferralStatus? status,
                int page = 1,
                int pageSize = PagingDefaults.PageSize) =>
                new ListReferrals(categoryId, status, page, pageSize))
            .WithSummary("List referrals")
            .WithDescription("Newest first. A buyer sees its own authority's referrals, a supplier those it was invited to, the DPS manager and auditors all of them.");

        referrals.MapGetVersioned<ReferralResponse>("{referralId:guid}", "GetReferral", DpsRoles.All, (Guid referralId) => new GetReferral(referralId))
            .WithSummary("Get a referral")
            .WithDescription("Its buyer's authority, the suppliers it invited, the DPS manager and auditors read it; anyone else gets 404. `declinedCount` counts the invitations declined (the reasons are on the invitations).");

        referrals.MapPut("{referralId:guid}", async (Guid referralId, ReferralDetails body, IMediator mediator, HttpContext http, CancellationToken ct) =>
                VersionedResults.Ok(http, await mediator.Send(new ReviseReferral(referralId, body, EntityTags.IfMatch(http.Request)), ct)))
            .RequireRoles(DpsRoles.Buyer)
            .WithName("ReviseReferral")
            .WithSummary("Change a draft referral")
            .WithDescription("Replaces the draft's details as a whole, with the same checks as on raising; the category stays the one it was raised in. Only a draft changes (409, rule `ReferralMustBeADraft`). Send the ETag as If-Match; a stale one is 412.")
            .AcceptsIfMatch()
            .ProducesProblems(400, 404, 409, 412, 422);

        referrals.MapCommand("{id:guid}/publish", (id, ifMatch) => new PublishReferral(id, ifMatch))
            .RequireRoles(DpsRoles.Buyer)
            .WithName("PublishReferral")
            .WithSummary("Publish a draft referral: invite every eligible member")
            .WithDescription("At that moment every active member establishment of the category within the geographic limit of the home location is invited — all of them and no one else; one exactly at the limit is inside. The decision on every member (invited, outside the limit with its distance, suspended) is recorded: `GET …/invitations?include=eligibility`. The response deadline must leave at least the category's minimum response period (default 10 days; less for a category configured urgent; 422, rule `ResponseDeadlineMustLeaveTheMinimumPeriod`). Fewer invitations than the DPS minimum (default 3) still publishes, flagged `tooFewEligible`, and the buyer may widen. A business case is not published (409, rule `BusinessCasesAreMatchedNotPublished`); only a draft is (409, rule `ReferralMustBeADraft`).");

        referrals.MapCommand<WideningRequest, ReferralResponse>("{id:guid}/widen", (id, body, ifMatch) => new WidenReferral(id, body.GeographicLimitMiles, ifMatch))
            .RequireRoles(DpsRoles.Buyer)
            .WithName("WidenReferral")
            .WithSummary("Widen a published referral's geographic limit")
            .WithDescription("The active members newly within the wider limit are invited too, in a new round; earlier invitations stand. The limit never narrows (422, rule `GeographicLimitMayOnlyWiden`), and only a published referral before its deadline widens (409, rule `ReferralMustBeOpenForResponses`).");

        referrals.MapCommand<MatchingRequest, ReferralResponse>("{id:guid}/match", (id, body, ifMatch) => new SubmitForMatching(id, body.ClientGroups, ifMatch))
            .RequireRoles(DpsRoles.Buyer)
            .WithName("SubmitForMatching")
            .WithSummary("Hand a draft business case to offer matching (DWP)")
            .WithDescription("On a DPS that matches offers, a draft business case is not published for bids: the buyer names the `clientGroups` it is for (1–20) and hands it to offer matching, which ranks the category's current offers of active members against it — read the ranking at `GET /api/v1/referrals/{id}/offer-matches`. Only a draft (409, rule `ReferralMustBeADraft`) business case (409, rule `OnlyBusinessCasesAreMatched`) is matched; its status becomes `Matching`.");

        referrals.MapCommand<CancellationRequest, ReferralResponse>("{id:guid}/cancel", (id, body, ifMatch) => new CancelReferral(id, body.Reason, ifMatch))
            .RequireRoles(DpsRoles.Buyer)
            .WithName("CancelReferral")
            .WithSummary("Cancel a referral before award, with a reason")
            .WithDescription("The invitees see it cancelled, with the reason. A referral already cancelled or placed is finished (409, rule `ReferralMustNotBeFinished`).");
    }
}
