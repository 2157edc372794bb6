using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.Applications.Rules;

internal sealed class DecisionDeadlineCanOnlyBeExtendedBeforeTheDecisionRule(ApplicationStatus status) : IBusinessRule
{
    public string Message => $"The application is {status}; only a deadline still running can be extended.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => status is not (ApplicationStatus.Submitted or ApplicationStatus.UnderEvaluation);
}
