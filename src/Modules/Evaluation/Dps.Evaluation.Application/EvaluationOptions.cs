using Dps.Evaluation.Domain.Scoring;

namespace Dps.Evaluation.Application;

/// <summary>
/// Configuration section <c>Evaluation</c>: the scheme's scoring rules, with the documented defaults — location bands of
/// 10 miles from a top mark of 5, and a parent-choice group of the bids less than 5 points below the top, at most 3.
/// </summary>
public sealed class EvaluationOptions
{
    public const string Section = "Evaluation";

    public decimal LocationBandMiles { get; set; } = 10m;

    public int LocationTopMark { get; set; } = 5;

    public decimal ParentChoiceMargin { get; set; } = 5m;

    public int ParentChoiceMaxBids { get; set; } = 3;

    public ScoringRules Rules() => new(LocationBandMiles, LocationTopMark, ParentChoiceMargin, ParentChoiceMaxBids);
}
