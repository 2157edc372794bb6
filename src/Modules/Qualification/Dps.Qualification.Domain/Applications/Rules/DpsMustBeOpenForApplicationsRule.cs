using Dps.BuildingBlocks.Domain;
using Dps.Qualification.Domain.PurchasingSystems;

namespace Dps.Qualification.Domain.Applications.Rules;

internal sealed class DpsMustBeOpenForApplicationsRule(DpsStatus status) : IBusinessRule
{
    public string Message => $"The DPS is {status}: it takes no applications now.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => status != DpsStatus.Open;
}
