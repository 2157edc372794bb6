namespace Dps.Evaluation.Application.Evaluations;

/// <summary>Where a closed competition's evaluation stands, and so what the buyer does next.</summary>
public enum EvaluationStatus
{
    /// <summary>Some compliant bid has no method-statement score yet (or several evaluators' scores await moderation).</summary>
    AwaitingMethodStatementScores = 1,

    /// <summary>Ranked; the parent-choice group holds more than one bid and the parent's or carer's choice is not recorded.</summary>
    AwaitingParentChoice = 2,

    ReadyToAward = 3,

    Awarded = 4,

    Cancelled = 5,

    /// <summary>No bid meets every must-have need (or there were no bids): nothing can be awarded.</summary>
    NoCompliantBids = 6,
}
