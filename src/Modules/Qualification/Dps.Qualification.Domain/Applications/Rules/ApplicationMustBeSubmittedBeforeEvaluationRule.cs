using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.Applications.Rules;

internal sealed class ApplicationMustBeSubmittedBeforeEvaluationRule(ApplicationStatus status) : IBusinessRule
{
    public string Message => $"The application is {status}; only a submitted application can be evaluated.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => status is not (ApplicationStatus.Submitted or ApplicationStatus.UnderEvaluation);
}
