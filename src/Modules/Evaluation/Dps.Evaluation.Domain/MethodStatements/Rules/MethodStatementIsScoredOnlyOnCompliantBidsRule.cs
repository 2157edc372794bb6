using Dps.BuildingBlocks.Domain;

namespace Dps.Evaluation.Domain.MethodStatements.Rules;

/// <summary>A bid that misses a must-have need is never ranked, so its method statement is not scored.</summary>
internal sealed class MethodStatementIsScoredOnlyOnCompliantBidsRule(Guid bidId, bool compliant) : IBusinessRule
{
    public string Message => $"Bid {bidId} does not meet every must-have need: it is not ranked and its method statement is not scored.";

    public bool IsBroken() => !compliant;
}
