using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.Contracts.Rules;

/// <summary>A completed or terminated contract changes no more: it is not completed, terminated or claimed against again.</summary>
internal sealed class ContractMustBeActiveRule(ContractStatus status) : IBusinessRule
{
    public string Message => $"The contract is {status}.";

    public bool IsBroken() => status != ContractStatus.Active;

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;
}
