using Dps.BuildingBlocks.Domain;

namespace Dps.Evaluation.Domain.Competitions.Rules;

/// <summary>Scores, the parent's choice and the award change nothing once the competition is awarded or cancelled.</summary>
internal sealed class CompetitionMustBeEvaluatingRule(CompetitionStatus status) : IBusinessRule
{
    public string Message => $"The competition is already {status}.";

    public bool IsBroken() => status != CompetitionStatus.Evaluating;

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;
}
