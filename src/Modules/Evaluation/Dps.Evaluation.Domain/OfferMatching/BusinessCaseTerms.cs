using Dps.Evaluation.Domain.Scoring;

namespace Dps.Evaluation.Domain.OfferMatching;

/// <summary>The business case as it was handed to offer matching: what the offers are ranked against, and what the award carries.</summary>
public sealed record BusinessCaseTerms(
    string ServiceUserReference,
    IReadOnlyList<string> ClientGroups,
    string HomePostcode,
    double HomeLatitude,
    double HomeLongitude,
    DateOnly StartDate,
    int TermWeeks,
    int Places,
    CriterionWeights Weights,
    DateTimeOffset SubmittedAt);
