using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.Payments.Rules;

/// <summary>Only a contract with a funding model (a DWP call-off) is paid by milestone; one priced per period is invoiced by period.</summary>
internal sealed class ContractMustBePaidByMilestoneRule(bool hasFundingModel) : IBusinessRule
{
    public string Message => "The contract has no funding model: it is invoiced per period, not claimed by milestone.";

    public bool IsBroken() => !hasFundingModel;

    public BusinessRuleKind Kind => BusinessRuleKind.Unprocessable;
}
