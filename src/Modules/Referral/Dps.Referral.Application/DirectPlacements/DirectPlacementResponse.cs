using System.ComponentModel;
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
    [property: Description("The code of the scheme's reason for placing without competition, e.g. `ParentalPreference`, `TribunalOrder` or `EmergencyNoCapacity`.")] string Reason,
    [property: Description("The buyer's account of the exceptional circumstances.")] string Justification,
    [property: Description("The service user's anonymised reference: 2–6 capital letters, a hyphen and 4–12 digits (e.g. `KCC-20261234`), never a name.")] string ServiceUserReference,
    [property: Description("The price of one place per `priceBasis` period, in the DPS's currency.")] Money Price,
    [property: Description("The period the price is for: `Week`, `Month` or `Annum`.")] PriceBasis PriceBasis,
    [property: Description("When the placement starts: a calendar date in the scheme's time zone (Europe/London).")] DateOnly StartDate,
    [property: Description("How long the placement is for, in weeks.")] int TermWeeks,
    [property: Description("How many places were bought.")] int Places,
    [property: Description("When the placement was made (UTC).")] DateTimeOffset PlacedAt,
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
