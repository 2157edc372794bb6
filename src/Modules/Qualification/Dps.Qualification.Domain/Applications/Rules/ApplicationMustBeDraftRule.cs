using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.Applications.Rules;

internal sealed class ApplicationMustBeDraftRule(ApplicationStatus status) : IBusinessRule
{
    public string Message => $"The application is {status}; only a draft can be changed or submitted.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => status != ApplicationStatus.Draft;
}
