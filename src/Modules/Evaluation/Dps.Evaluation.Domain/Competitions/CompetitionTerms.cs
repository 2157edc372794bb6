using Dps.Evaluation.Domain.Scoring;

namespace Dps.Evaluation.Domain.Competitions;

/// <summary>
/// The referral's terms as they stood when the competition closed: everything scoring and the award use, and nothing
/// else. <see cref="PriceBasis"/> is <c>Week</c>, <c>Month</c> or <c>Annum</c>.
/// </summary>
public sealed record CompetitionTerms(
    string ServiceUserReference,
    string PriceBasis,
    int GroupSize,
    int Places,
    DateOnly StartDate,
    int TermWeeks,
    CriterionWeights Weights,
    IReadOnlyList<RequiredNeed> RequiredNeeds,
    IReadOnlyList<DesiredFeature> DesiredFeatures,
    string HomePostcode,
    DateTimeOffset ResponseDeadline,
    DateTimeOffset ClosedAt,
    DateTimeOffset? PublishedAt = null);
