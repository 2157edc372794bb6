using System.ComponentModel;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.Referral.Application.Invitations;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dps.Referral.Infrastructure.Api;

internal static class InvitationEndpoints
{
    public sealed record DeclineRequest(
        Guid EstablishmentId,
        [property: Description("Why the supplier declines, up to 2,000 characters; the buyer reads it on the invitation.")] string Reason);

    public static void Map(IEndpointRouteBuilder api)
    {
        var referrals = api.MapGroup("/referrals").WithTags("Invitations");

        referrals.MapList<InvitationResponse>("{referralId:guid}/invitations", "ListInvitations", DpsRoles.All, (
                Guid referralId,
                [Description("`eligibility`: the decision on every member of the category in every round (invited, already invited, outside the limit, suspended), for the buyer, the DPS manager and auditors.")] string? include,
                int page = 1,
                int pageSize = PagingDefaults.PageSize) =>
                new ListInvitations(referralId, string.Equals(include, "eligibility", StringComparison.OrdinalIgnoreCase), page, pageSize))
            .WithSummary("List a referral's invitations")
            .WithDescription("Nearest first, each with its distance (miles, 2 decimals, as the catalogue search rounds it) and fit: which of the referral's required needs the establishment's profile meets and which desired features it offers, and whether it declined and why. The buyer, the DPS manager and auditors see every invitation; an invited supplier only its own. With `include=eligibility` the decision on every member of the category in every round instead, as recorded when it was made (a supplier gets 403).")
            .ProducesProblems(403, 404);

        referrals.MapPost("{referralId:guid}/decline", async (Guid referralId, DeclineRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new DeclineInvitation(referralId, body.EstablishmentId, body.Reason), ct)))
            .RequireRoles(DpsRoles.Supplier)
            .WithName("DeclineInvitation")
            .WithSummary("Decline an invitation, with a reason")
            .WithDescription("For one of the supplier's invited establishments; another supplier's, or one not invited, is 404. The buyer sees the reason on the invitation and the count on the referral. Only while the referral takes responses (409, rule `ReferralMustBeOpenForResponses`), and once (409, rule `InvitationMayBeDeclinedOnce`).")
            .ProducesProblems(400, 404, 409);
    }
}
