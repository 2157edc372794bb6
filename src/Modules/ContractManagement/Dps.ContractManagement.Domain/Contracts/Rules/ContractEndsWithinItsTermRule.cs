using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.Contracts.Rules;

/// <summary>A contract completes or is terminated on a day of its term: not before its start, not after its last day.</summary>
internal sealed class ContractEndsWithinItsTermRule(ContractTerms terms, DateOnly endedOn) : IBusinessRule
{
    public string Message => $"The contract runs from {terms.StartDate:yyyy-MM-dd} to {terms.EndDate:yyyy-MM-dd}; {endedOn:yyyy-MM-dd} is outside it.";

    public bool IsBroken() => endedOn < terms.StartDate || endedOn > terms.EndDate;

    public BusinessRuleKind Kind => BusinessRuleKind.Unprocessable;
}
