using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.Payments.Rules;

/// <summary>The buyer verifies or rejects a claim once; a rejected milestone is claimed afresh.</summary>
internal sealed class ClaimIsDecidedOnceRule(ClaimStatus status) : IBusinessRule
{
    public string Message => $"The claim is already {status}.";

    public bool IsBroken() => status != ClaimStatus.Claimed;

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;
}
