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
    string Reason,
    string Justification,
    string ServiceUserReference,
    Money Price,
    PriceBasis PriceBasis,
    DateOnly StartDate,
    int TermWeeks,
    int? Places);
