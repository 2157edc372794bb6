namespace Dps.Evaluation.Domain.Scoring;

/// <summary>
/// The scheme's scoring configuration. The defaults are the documented ones: location loses one mark of five for every
/// whole 10 miles from home, and the parent-choice group holds the top bid and the bids less than 5 points below it, at
/// most 3 in all.
/// </summary>
public sealed record ScoringRules(decimal LocationBandMiles = 10m, int LocationTopMark = 5, decimal ParentChoiceMargin = 5m, int ParentChoiceMaxBids = 3)
{
    public static ScoringRules Default { get; } = new();
}
