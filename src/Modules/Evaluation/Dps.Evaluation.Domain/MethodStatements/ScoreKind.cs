namespace Dps.Evaluation.Domain.MethodStatements;

public enum ScoreKind
{
    /// <summary>One evaluator's own score.</summary>
    Individual = 1,

    /// <summary>The buyer's moderated (consensus) score, with its reason; it is the score that counts.</summary>
    Moderated = 2,
}
