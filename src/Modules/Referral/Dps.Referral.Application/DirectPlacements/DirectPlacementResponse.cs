using Dps.BuildingBlocks.Application;
using Dps.BuildingBlocks.Application.Contracts;
using Dps.Referral.Domain.DirectPlacements;
using Dps.Referral.Domain.Referrals;

namespace Dps.Referral.Application.DirectPlacements;

/// <summary>A direct placement as its buyer's authority, the supplier placed with, the manager and auditors read it.</summary>
public sealed record DirectPlacementResponse(
    Guid Id,
    Guid DpsId,
    Guid CategoryId,
    Guid AuthorityId,
    Guid EstablishmentId,
    Guid SupplierId,
    Guid MembershipId,
    string Reason,
    string Justification,
    string ServiceUserReference,
    Money Price,
    PriceBasis PriceBasis,
    DateOnly StartDate,
    int TermWeeks,
    int Places,
    DateTimeOffset PlacedAt,
    uint Version) : IVersioned
{
    public static DirectPlacementResponse From(DirectPlacement placement) => new(
        placement.Id.Value,
        placement.DpsId,
        placement.CategoryId,
        placement.AuthorityId,
        placement.EstablishmentId,
        placement.SupplierId,
        placement.MembershipId,
        placement.Reason,
        placement.Justification,
        placement.ServiceUserReference,
        Money.From(placement.Price()),
        placement.PriceBasis,
        placement.StartDate,
        placement.TermWeeks,
        placement.Places,
        placement.PlacedAt,
        placement.Version);
}
