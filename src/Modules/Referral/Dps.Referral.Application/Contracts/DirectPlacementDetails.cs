using System.ComponentModel;
using Dps.BuildingBlocks.Application.Contracts;
using Dps.Referral.Domain.Referrals;

namespace Dps.Referral.Application.Contracts;

/// <summary>
/// What a buyer sends to place a service user directly with an establishment: the reason's code from the scheme's list,
/// the justification, and the terms. <see cref="Places"/> left out is 1.
/// </summary>
public sealed record DirectPlacementDetails(
    Guid CategoryId,
    Guid EstablishmentId,
    [property: Description("The code of the scheme's reason for placing without competition: by default `ParentalPreference`, `TribunalOrder` or `EmergencyNoCapacity`.")] string Reason,
    [property: Description("The buyer's account of the exceptional circumstances, up to 4,000 characters.")] string Justification,
    [property: Description("The service user's anonymised reference: 2–6 capital letters, a hyphen and 4–12 digits (e.g. `KCC-20261234`), never a name.")] string ServiceUserReference,
    [property: Description("The price of one place per `priceBasis` period, in the DPS's currency (e.g. GBP).")] Money Price,
    [property: Description("The period the price is for: `Week`, `Month` or `Annum`.")] PriceBasis PriceBasis,
    [property: Description("When the placement starts: a calendar date in the scheme's time zone (Europe/London).")] DateOnly StartDate,
    [property: Description("How long the placement is for, in weeks (1–520).")] int TermWeeks,
    [property: Description("How many places are bought (1–500); 1 when left out.")] int? Places);
