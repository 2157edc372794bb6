namespace Dps.Evaluation.Domain.Scoring;

/// <summary>A competition as scoring sees it: the referral's weights, needs and features, and the bids.</summary>
internal sealed record CompetitionInputs(CriterionWeights Weights, IReadOnlyList<RequiredNeed> Needs, IReadOnlyList<DesiredFeature> Features, IReadOnlyList<BidInputs> Bids);
