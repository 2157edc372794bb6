namespace Dps.Evaluation.Domain.Scoring;

/// <summary>
/// One bid's scores, criterion by criterion. A non-compliant bid (one that misses a must-have need) is scored all the
/// same, for its feedback, but has no <see cref="Total"/> and no <see cref="Rank"/>; a compliant bid has a total once its
/// outcomes points are known, and a rank once every compliant bid has a total.
/// </summary>
public sealed record BidScore(
    Guid BidId,
    bool Compliant,
    IReadOnlyList<string> MissedMustHaves,
    PriceScore Price,
    MarksScore Needs,
    MarksScore Features,
    LocationScore Location,
    CoreCompetencyScore CoreCompetency,
    OutcomesScore Outcomes,
    decimal? Total,
    int? Rank);
