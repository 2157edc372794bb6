namespace Dps.Evaluation.Domain.Scoring;

/// <summary>
/// The core competency score qualification carried forward (0–100), weighted: <c>score × weight ÷ 100</c>. It is not
/// reassessed here; a bidder without one earns 0 points.
/// </summary>
public sealed record CoreCompetencyScore(decimal? Score, decimal Weight, decimal Points)
{
    public static CoreCompetencyScore Of(decimal? score, decimal weight) => new(score, weight, (score ?? 0m) * weight / 100m);
}
