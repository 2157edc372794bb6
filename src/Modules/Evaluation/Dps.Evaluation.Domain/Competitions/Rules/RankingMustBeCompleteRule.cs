using Dps.BuildingBlocks.Domain;
using Dps.Evaluation.Domain.Scoring;

namespace Dps.Evaluation.Domain.Competitions.Rules;

/// <summary>There is a ranking only when at least one bid is compliant and every compliant bid's method statement is scored.</summary>
internal sealed class RankingMustBeCompleteRule(CompetitionScores scores) : IBusinessRule
{
    public string Message => scores.Bids.Any(b => b.Compliant)
        ? $"{scores.AwaitingOutcomesScore.Count} compliant bid(s) still await a method-statement score."
        : "No bid is compliant: there is nothing to rank.";

    public bool IsBroken() => !scores.RankingComplete;

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;
}
