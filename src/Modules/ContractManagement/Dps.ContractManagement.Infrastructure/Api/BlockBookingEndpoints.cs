using System.ComponentModel;
using Dps.BuildingBlocks.Application.Contracts;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.ContractManagement.Application.BlockBookings;
using Dps.ContractManagement.Domain.BlockBookings;
using Dps.ContractManagement.Domain.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dps.ContractManagement.Infrastructure.Api;

internal static class BlockBookingEndpoints
{
    /// <summary>
    /// A block of places contracted without a competition: with whom, how many places, from when to when (<c>endDate</c>,
    /// or <c>termWeeks</c> whole weeks), the price per place per basis, and why it was booked directly.
    /// </summary>
    public sealed record BlockBookingRequest(
        Guid DpsId,
        Guid CategoryId,
        Guid SupplierId,
        Guid EstablishmentId,
        [property: Description("How many places are booked: 1 to 500.")] int Places,
        [property: Description("The block's first day (a calendar date, Europe/London).")] DateOnly StartDate,
        [property: Description("The block's last day, included (a calendar date, Europe/London); null when `termWeeks` is given instead. Give exactly one of the two.")] DateOnly? EndDate,
        [property: Description("The block's length in whole weeks (1 to 520), ending on start + weeks × 7 − 1; null when `endDate` is given instead.")] int? TermWeeks,
        [property: Description("The price of one place per `priceBasis`: more than 0, at most 2 decimals, in an ISO 4217 currency such as GBP.")] Money PricePerPlace,
        [property: Description("What the price per place is for: `Week`, `Month`, `Annum` or `Participant`.")] ContractPriceBasis PriceBasis,
        [property: Description("Why the places were booked without a competition; required, at most 4,000 characters.")] string Justification);

    /// <summary>The service user placed into the block (anonymised reference, e.g. <c>KCC-20261234</c>) and the day the placement starts.</summary>
    public sealed record PlacementRequest(
        [property: Description("The anonymised service-user reference: 2–6 capital letters, a hyphen and 4–12 digits (e.g. `KCC-20261234`), never a name; placed in a block once.")] string ServiceUserReference,
        [property: Description("The day the placement starts, a day of the block's term (a calendar date, Europe/London).")] DateOnly StartDate);

    public static void Map(IEndpointRouteBuilder api)
    {
        var blocks = api.MapGroup("/block-bookings").WithTags("Block bookings");

        blocks.MapPost("", async (BlockBookingRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var block = await mediator.Send(
                    new RecordBlockBooking(
                        body.DpsId, body.CategoryId, body.SupplierId, body.EstablishmentId, body.Places, body.StartDate, body.EndDate, body.TermWeeks,
                        body.PricePerPlace, body.PriceBasis, body.Justification),
                    ct);
                return VersionedResults.CreatedAt(http, "GetBlockBooking", new { blockBookingId = block.Id }, block);
            })
            .RequireRoles(DpsRoles.Buyer)
            .WithName("RecordBlockBooking")
            .WithSummary("Record a block booking made without a competition")
            .WithDescription("A buyer records a block of `places` (1–500; rule `BlockBookingMustHaveAPlace`) its own authority contracted with a supplier's establishment, from `startDate` to `endDate` — or for `termWeeks` whole weeks, ending on start + weeks × 7 − 1; give one of them (400) and not an end before the start (422, rule `BlockBookingTermMustNotEndBeforeItStarts`) — at `pricePerPlace` per `priceBasis`. Booked without a competition, it needs a `justification` (400 if blank; rule `DirectBlockBookingMustBeJustified`), kept with it. The buyer's authority must take part in the category's DPS (403; an unknown category 404), and the establishment be a member of the category (404 if it never was) and active now (409, rule `BlockedEstablishmentMustBeAnActiveMember`), through the `dpsId` and `supplierId` named (422, rule `BlockBookingPartiesMustMatchTheMembership`). A block from a competition is not recorded here: an award of more than one place makes its block with its contract. Placements then draw it down (`POST /block-bookings/{id}/placements`).")
            .Produces<BlockBookingResponse>(StatusCodes.Status201Created)
            .ProducesProblems(400, 404, 409, 422);

        blocks.MapList<BlockBookingResponse>("", "ListBlockBookings", DpsRoles.All, (
                [Description("Only the blocks in this category.")] Guid? categoryId,
                [Description("Only this supplier's blocks.")] Guid? supplierId,
                [Description("Only the blocks with this establishment.")] Guid? establishmentId,
                [Description("Only the blocks from an award (`Award`) or recorded directly (`Direct`).")] BlockBookingOrigin? origin,
                [Description("Only the blocks whose term includes this day.")] DateOnly? runningOn,
                [Description("Only the blocks with (true) or without (false) a free place.")] bool? hasFreePlaces,
                int page = 1,
                int pageSize = PagingDefaults.PageSize) =>
                new ListBlockBookings(categoryId, supplierId, establishmentId, origin, runningOn, hasFreePlaces, page, pageSize))
            .WithSummary("List block bookings")
            .WithDescription("Latest start first, each with its `placesUsed` and `voids` (places never used: places − used). A buyer sees its own authority's blocks, a supplier its own, the DPS manager and auditors all of them.");

        blocks.MapGetVersioned<BlockBookingResponse>("{blockBookingId:guid}", "GetBlockBooking", DpsRoles.All, (Guid blockBookingId) => new GetBlockBooking(blockBookingId))
            .WithSummary("Get a block booking with its placements")
            .WithDescription("A block of places: from an award of more than one place (`origin` `Award`, with the `contractId` made from the same award) or recorded directly (`Direct`, with its `justification`); its term, price per place, `placesUsed`, `voids` (places − used) and the `placements` drawn down, oldest first. Its authority's buyers, its supplier, the DPS manager and auditors see it; anyone else gets 404.");

        blocks.MapCommand<PlacementRequest, BlockBookingResponse>("{id:guid}/placements", (id, body, ifMatch) =>
                new PlaceIntoBlockBooking(id, body.ServiceUserReference, body.StartDate, ifMatch))
            .RequireRoles(DpsRoles.Buyer)
            .WithName("PlaceIntoBlockBooking")
            .WithSummary("Draw a place down from a block booking")
            .WithDescription("A buyer of the block's authority places a service user (`serviceUserReference`, anonymised: 2–6 capital letters, a hyphen and 4–12 digits, e.g. `KCC-20261234`; 400 otherwise) into the block without a new competition, from `startDate`, a day of the block's term (422, rule `PlacementMustStartWithinTheBlock`). Refused when the block is full (409, rule `BlockBookingMustHaveAFreePlace`), when its last day has passed on the platform's clock (409, rule `BlockBookingMustNotHaveEnded`), or when the service user already has a place in it (409, rule `ServiceUserPlacedOnceInABlock`). The block's row is locked while the placement is recorded, and a check constraint keeps `placesUsed` within `places`, so of two draw-downs racing for the last place exactly one wins. The placement is recorded on the block (`placements`); answers with the block's new state. Send the block's ETag as If-Match (412 if stale).");
    }
}
