using Dps.BuildingBlocks.Domain;
using Dps.ContractManagement.Domain.Contracts;

namespace Dps.ContractManagement.Domain.Payments.Rules;

/// <summary>
/// A terminated contract takes no milestone claims. A completed one still does: its completion and job outcome fall due
/// only after it completes, and a start fee may be claimed late.
/// </summary>
internal sealed class TerminatedContractTakesNoClaimsRule(ContractStatus status) : IBusinessRule
{
    public string Message => "The contract is terminated: its milestones are no longer claimed.";

    public bool IsBroken() => status == ContractStatus.Terminated;

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;
}
