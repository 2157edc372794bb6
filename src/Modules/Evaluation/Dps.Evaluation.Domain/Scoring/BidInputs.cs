namespace Dps.Evaluation.Domain.Scoring;

/// <summary>
/// What a bid is scored on, and nothing else: its price, its distance from home, the codes it meets, the core competency
/// score qualification carried forward, and the evaluators' outcomes method statement score (null until scored).
/// </summary>
public sealed record BidInputs(
    Guid BidId,
    decimal Price,
    decimal DistanceMiles,
    IReadOnlyCollection<string> NeedsMet,
    IReadOnlyCollection<string> FeaturesMet,
    decimal? CoreCompetencyScore,
    decimal? OutcomesScore,
    DateTimeOffset SubmittedAt);
