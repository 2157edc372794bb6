using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.Applications.Rules;

internal sealed class ApplicationMustBeUnderEvaluationToDecideRule(ApplicationStatus status) : IBusinessRule
{
    public string Message => $"The application is {status}; only one under evaluation can be decided.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => status != ApplicationStatus.UnderEvaluation;
}
