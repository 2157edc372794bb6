using Dps.ContractManagement.Domain.Contracts;

namespace Dps.ContractManagement.Application.Publications;

/// <summary>
/// One award as the transparency publication shows it. Names are optional because the platform may know only the ids.
/// It holds nothing about the service user, not even the anonymised reference: a publication never names one.
/// </summary>
/// <param name="Price">The awarded price per <paramref name="PriceBasis"/>, not the contract's total.</param>
/// <param name="ContractStart">The first day of service.</param>
/// <param name="ContractEnd">The last day of the term: start + term weeks × 7 − 1 day.</param>
/// <param name="DirectPlacementReason">For a direct placement, the code of the scheme's reason; else null.</param>
/// <param name="DirectPlacementJustification">For a direct placement, the buyer's justification; else null.</param>
/// <param name="SupplierIsSme">Whether the supplier is a small or medium-sized enterprise; null when not known.</param>
public sealed record PublishedAward(
    Guid AwardId,
    ContractRoute Route,
    Guid? ReferralId,
    Guid DpsId,
    Guid CategoryId,
    string? CategoryName,
    Guid AuthorityId,
    string? AuthorityName,
    Guid SupplierId,
    string? SupplierName,
    bool? SupplierIsSme,
    Guid EstablishmentId,
    decimal Price,
    string Currency,
    ContractPriceBasis PriceBasis,
    DateOnly ContractStart,
    DateOnly ContractEnd,
    DateTimeOffset AwardedAt,
    string? DirectPlacementReason,
    string? DirectPlacementJustification)
{
    /// <summary>The procurement the award closed: the referral or business case, or for a direct placement the award itself.</summary>
    public Guid ProcessId => ReferralId ?? AwardId;
}
