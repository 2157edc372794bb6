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
    BlockBookingOrigin Origin,
    Guid DpsId,
    Guid CategoryId,
    Guid AuthorityId,
    Guid SupplierId,
    Guid EstablishmentId,
    Guid? AwardId,
    Guid? ContractId,
    Guid? ReferralId,
    string? Justification,
    int Places,
    DateOnly StartDate,
    DateOnly EndDate,
    Money PricePerPlace,
    ContractPriceBasis PriceBasis,
    int PlacesUsed,
    int Voids,
    IReadOnlyList<BlockPlacementResponse> Placements,
    string RecordedBy,
    DateTimeOffset CreatedAt,
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
public sealed record BlockPlacementResponse(Guid PlacementId, string ServiceUserReference, DateOnly StartDate, string PlacedBy, DateTimeOffset PlacedAt);
