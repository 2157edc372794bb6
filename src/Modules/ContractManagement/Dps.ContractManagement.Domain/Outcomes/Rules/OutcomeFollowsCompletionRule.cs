using Dps.BuildingBlocks.Domain;
using Dps.ContractManagement.Domain.Contracts;

namespace Dps.ContractManagement.Domain.Outcomes.Rules;

/// <summary>Outcomes are reported for completers: the buyer records the contract's completion first.</summary>
internal sealed class OutcomeFollowsCompletionRule(ContractStatus status) : IBusinessRule
{
    public string Message => $"The contract is {status}: outcomes are reported once it is completed.";

    public bool IsBroken() => status != ContractStatus.Completed;

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;
}
