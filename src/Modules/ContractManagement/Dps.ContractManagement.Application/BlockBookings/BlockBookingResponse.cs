using System.ComponentModel;
using Dps.BuildingBlocks.Application;
using Dps.BuildingBlocks.Application.Contracts;
using Dps.ContractManagement.Domain.BlockBookings;
using Dps.ContractManagement.Domain.Contracts;

namespace Dps.ContractManagement.Application.BlockBookings;

/// <summary>
/// A block booking: its parties, where it came from (an award's contract, or recorded directly with a justification),
/// the places, term and price per place, and how it is drawn down — <c>placesUsed</c>, <c>voids</c> (places − used) and
/// the <c>placements</c>, oldest first.
/// </summary>
public sealed record BlockBookingResponse(
    Guid Id,
    [property: Description("Where the block came from: `Award` (made with the contract of an award of more than one place) or `Direct` (recorded by a buyer without a competition, with a justification).")] BlockBookingOrigin Origin,
    Guid DpsId,
    Guid CategoryId,
    Guid AuthorityId,
    Guid SupplierId,
    Guid EstablishmentId,
    Guid? AwardId,
    Guid? ContractId,
    Guid? ReferralId,
    [property: Description("For a block recorded directly, why it was booked without a competition; null for a block from an award.")] string? Justification,
    [property: Description("How many places are booked; at least 1.")] int Places,
    [property: Description("The block's first day (a calendar date, Europe/London).")] DateOnly StartDate,
    [property: Description("The block's last day, included: no placement starts after it, and none is made once it has passed (a calendar date, Europe/London).")] DateOnly EndDate,
    [property: Description("The price of one place per `priceBasis`.")] Money PricePerPlace,
    [property: Description("What the price per place is for: `Week`, `Month`, `Annum` or `Participant`.")] ContractPriceBasis PriceBasis,
    [property: Description("How many places are drawn down; never more than `places`.")] int PlacesUsed,
    [property: Description("The places never used: places − used.")] int Voids,
    [property: Description("The places drawn down, oldest first.")] IReadOnlyList<BlockPlacementResponse> Placements,
    [property: Description("Who recorded the block (the token's subject); `award` for a block made from an award.")] string RecordedBy,
    [property: Description("When the block was recorded (UTC).")] DateTimeOffset CreatedAt,
    uint Version) : IVersioned
{
    internal static BlockBookingResponse From(BlockBooking block) => new(
        block.Id.Value,
        block.Origin,
        block.DpsId,
        block.CategoryId,
        block.AuthorityId,
        block.SupplierId,
        block.EstablishmentId,
        block.AwardId,
        block.ContractId,
        block.ReferralId,
        block.Justification,
        block.Places,
        block.StartDate,
        block.EndDate,
        Money.From(block.PricePerPlace),
        block.PriceBasis,
        block.PlacesUsed,
        block.Voids,
        [.. block.Placements.Select(p => new BlockPlacementResponse(p.PlacementId, p.ServiceUserReference, p.StartDate, p.PlacedBy, p.PlacedAt))],
        block.RecordedBy,
        block.CreatedAt,
        block.Version);
}

/// <summary>One place drawn down: the anonymised service-user reference, the day the placement starts, who recorded it and when.</summary>
public sealed record BlockPlacementResponse(
    Guid PlacementId,
    [property: Description("The anonymised service-user reference (e.g. `KCC-20261234`), never a name.")] string ServiceUserReference,
    [property: Description("The day the placement starts, a day of the block's term (a calendar date, Europe/London).")] DateOnly StartDate,
    [property: Description("Who drew the place down (the token's subject).")] string PlacedBy,
    [property: Description("When the placement was recorded (UTC).")] DateTimeOffset PlacedAt);
