namespace Dps.Evaluation.Domain.OfferMatching;

/// <summary>
/// The buyer's fit score of an offer, 0–100 on each of DWP's four evaluation questions: the overall fit of its content;
/// the evidence it moves claimants closer to work; its performance expectations and their rationale; the performance
/// management in place. The offer's score is their mean.
/// </summary>
public sealed record FitScore(
    decimal OverallFit, decimal MovesClaimantsCloserToWork, decimal PerformanceExpectations, decimal PerformanceManagement, string RecordedBy, DateTimeOffset RecordedAt)
{
    public decimal Score => (OverallFit + MovesClaimantsCloserToWork + PerformanceExpectations + PerformanceManagement) / 4m;
}
