namespace Dps.Evaluation.Domain.Scoring;

/// <summary>The referral's weights, as percentages summing to 100; the referral validated them when the buyer set them.</summary>
public sealed record CriterionWeights(decimal Price, decimal Needs, decimal Features, decimal Location, decimal CoreCompetency, decimal Outcomes);
