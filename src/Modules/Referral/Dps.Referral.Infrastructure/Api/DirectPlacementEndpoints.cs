using System.ComponentModel;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.Referral.Application.Contracts;
using Dps.Referral.Application.DirectPlacements;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dps.Referral.Infrastructure.Api;

internal static class DirectPlacementEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var placements = api.MapGroup("/direct-placements").WithTags("Direct placements");

        placements.MapPost("", async (DirectPlacementDetails body, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var placement = await mediator.Send(new PlaceDirectly(body), ct);
                return VersionedResults.CreatedAt(http, "GetDirectPlacement", new { directPlacementId = placement.Id }, placement);
            })
            .RequireRoles(DpsRoles.Buyer)
            .WithName("PlaceDirectly")
            .WithSummary("Award a service without competition (direct placement)")
            .WithDescription("A buyer of an authority that takes part in the category's DPS (any other authority's buyer gets 403; an unknown category 404) places a service user with an establishment in exceptional circumstances. `reason` is a code of the scheme's list (configuration `Referral:DirectPlacementReasons`; by default `ParentalPreference` — a school named under the Children and Families Act 2014 —, `TribunalOrder`, `EmergencyNoCapacity`); any other is a 400 naming `reason`. `justification` is required. `serviceUserReference` is anonymised as on a referral (2–6 capital letters, a hyphen and 4–12 digits, e.g. `KCC-20261234`). The establishment must be a member of the category (404 if it never was) and active (409, rule `EstablishmentMustBeAnActiveMember`); the price is per `priceBasis` in the DPS's currency (422, rule `PriceMustBeInTheSchemesCurrency`). `places` defaults to 1. Recorded, audited, and handed to contract management by the award event `ServiceAwardedIntegrationEvent`, the same event Evaluation raises for a competition.")
            .Produces<DirectPlacementResponse>(StatusCodes.Status201Created)
            .ProducesProblems(400, 403, 404, 409, 422);

        placements.MapList<DirectPlacementResponse>("", "ListDirectPlacements", DpsRoles.All, (
                [Description("Only the placements in this category.")] Guid? categoryId,
                [Description("Only the placements for this reason's code, e.g. `TribunalOrder`.")] string? reason,
                int page = 1,
                int pageSize = PagingDefaults.PageSize) =>
                new ListDirectPlacements(categoryId, reason, page, pageSize))
            .WithSummary("List direct placements")
            .WithDescription("Newest first. A buyer sees its own authority's placements, a supplier those placed with it, the DPS manager and auditors all of them.");

        placements.MapGetVersioned<DirectPlacementResponse>("{directPlacementId:guid}", "GetDirectPlacement", DpsRoles.All, (Guid directPlacementId) => new GetDirectPlacement(directPlacementId))
            .WithSummary("Get a direct placement")
            .WithDescription("Its buyer's authority, the supplier placed with, the DPS manager and auditors read it; anyone else gets 404.");
    }
}
