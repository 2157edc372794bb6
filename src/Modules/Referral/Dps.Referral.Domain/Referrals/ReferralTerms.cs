namespace Dps.Referral.Domain.Referrals;

/// <summary>
/// What the buyer asks for: everything of a referral that it may change while the referral is a draft.
/// <see cref="ClientGroups"/> are named only when a business case is handed to offer matching (DWP); null otherwise.
/// </summary>
public sealed record ReferralTerms(
    string ServiceUserReference,
    IReadOnlyList<RequiredNeed> RequiredNeeds,
    IReadOnlyList<DesiredFeature> DesiredFeatures,
    string DesiredOutcomes,
    HomeLocation Home,
    decimal GeographicLimitMiles,
    DateOnly StartDate,
    int TermWeeks,
    PriceBasis PriceBasis,
    int GroupSize,
    int Places,
    DateTimeOffset ResponseDeadline,
    EvaluationWeights Weights,
    IReadOnlyList<string>? ClientGroups = null);
