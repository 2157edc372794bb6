namespace Dps.Referral.Domain.Bids;

/// <summary>A qualified core cost line as priced in one bid: at most the amount qualified for it.</summary>
public sealed record BidCoreCost(string LineCode, decimal Amount);

/// <summary>A cost of this service user's particular needs, beyond the core costs.</summary>
public sealed record BidVariableCost(string Description, decimal Amount);

/// <summary>
/// What a supplier offers: its core cost lines (on the referral's price basis), variable costs, the referral's required
/// needs and desired features it meets, how it will meet the outcomes, and when it can start. The price is not part of
/// it: the platform computes it (<see cref="BidPrice"/>).
/// </summary>
public sealed record BidOffer(
    IReadOnlyList<BidCoreCost> CoreCosts,
    IReadOnlyList<BidVariableCost> VariableCosts,
    IReadOnlyList<string> NeedsMet,
    IReadOnlyList<string> FeaturesMet,
    string MethodStatement,
    DateOnly ProposedStartDate);

/// <summary>The core cost lines, currency and discounts an establishment qualified with, as Qualification answers now.</summary>
public sealed record QualifiedPricing(
    string Standing, IReadOnlyList<BidCoreCost> CoreCosts, string Currency, decimal CohortDiscountPercent, decimal SiblingDiscountPercent);
