using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.Outcomes.Rules;

/// <summary>A supplier reports only the measures its contract's category sets for contracts of its kind.</summary>
internal sealed class OutcomeMeasureMustApplyToTheContractRule(string measure, IReadOnlyCollection<OutcomeMeasure> measures) : IBusinessRule
{
    public string Message => measures.Count == 0
        ? $"The contract has no outcome measures; '{measure}' cannot be reported."
        : $"'{measure}' is not a measure of the contract; its measures are {string.Join(", ", measures.Select(m => m.Code))}.";

    public bool IsBroken() => measures.All(m => m.Code != measure);

    public BusinessRuleKind Kind => BusinessRuleKind.Unprocessable;
}
