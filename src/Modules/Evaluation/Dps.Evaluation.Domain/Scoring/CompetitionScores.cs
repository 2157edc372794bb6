namespace Dps.Evaluation.Domain.Scoring;

/// <summary>
/// A competition's scores. <see cref="Bids"/> lists the compliant bids first, in rank order once
/// <see cref="RankingComplete"/> (in submission order until then), and then the non-compliant bids in submission order.
/// <see cref="ParentChoiceGroup"/> is empty until the ranking is complete.
/// </summary>
public sealed record CompetitionScores(
    IReadOnlyList<BidScore> Bids,
    decimal? LowestCompliantPrice,
    bool RankingComplete,
    IReadOnlyList<Guid> AwaitingOutcomesScore,
    IReadOnlyList<Guid> ParentChoiceGroup);
