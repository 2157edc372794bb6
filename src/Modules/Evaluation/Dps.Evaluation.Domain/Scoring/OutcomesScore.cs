namespace Dps.Evaluation.Domain.Scoring;

/// <summary>
/// The evaluators' outcomes method statement score (0–100), weighted: <c>score × weight ÷ 100</c>. The points are unknown
/// (null) until the evaluators score it, unless the weight is 0, when there is nothing to wait for.
/// </summary>
public sealed record OutcomesScore(decimal? Score, decimal Weight, decimal? Points)
{
    public static OutcomesScore Of(decimal? score, decimal weight) => new(score, weight, weight == 0m ? 0m : score * weight / 100m);
}
