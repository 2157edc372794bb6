namespace Dps.Evaluation.Domain.Competitions;

public enum CompetitionStatus
{
    /// <summary>Closed by Referral and scored; method-statement scores, the parent's choice and the award are pending.</summary>
    Evaluating = 1,

    Awarded = 2,

    /// <summary>The referral was cancelled before award.</summary>
    Cancelled = 3,
}
