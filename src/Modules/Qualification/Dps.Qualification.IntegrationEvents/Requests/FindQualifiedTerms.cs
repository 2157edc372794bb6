using Dps.BuildingBlocks.Application.Messaging;

namespace Dps.Qualification.IntegrationEvents.Requests;

/// <summary>
/// Asked by other modules (Referral, when a bid is made or a competition closes): the establishment's current membership
/// of the category and the terms it qualified with. Null when it has never been admitted to the category.
/// </summary>
public sealed record FindQualifiedTerms(Guid EstablishmentId, Guid CategoryId) : IQuery<QualifiedTerms?>;

/// <summary>
/// <paramref name="Standing"/> is the membership's state now: <c>Active</c>, <c>Suspended</c> or <c>Removed</c>.
/// The core costs, discounts and core competency score are those of that membership as they stand now;
/// <paramref name="Currency"/> is the scheme's, which its core costs are priced in.
/// </summary>
public sealed record QualifiedTerms(
    Guid MembershipId,
    Guid EstablishmentId,
    Guid SupplierId,
    Guid CategoryId,
    string Standing,
    IReadOnlyList<QualifiedCoreCost> CoreCosts,
    decimal CohortDiscountPercent,
    decimal SiblingDiscountPercent,
    decimal CoreCompetencyScore,
    string Currency);
