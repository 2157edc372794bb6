using Dps.BuildingBlocks.Domain;
using Dps.Referral.Domain.Referrals;

namespace Dps.Referral.Domain.DirectPlacements;

/// <summary>
/// What was placed without competition and why: <see cref="Reason"/> is a code of the scheme's list, the justification
/// the buyer's own account of the exceptional circumstances.
/// </summary>
public sealed record DirectPlacementTerms(
    string Reason,
    string Justification,
    string ServiceUserReference,
    Money Price,
    PriceBasis PriceBasis,
    DateOnly StartDate,
    int TermWeeks,
    int Places);
