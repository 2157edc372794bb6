using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.Payments.Rules;

/// <summary>Each period of a contract is invoiced once.</summary>
internal sealed class PeriodIsInvoicedOnceRule(int number, IReadOnlyCollection<int> invoiced) : IBusinessRule
{
    public string Message => $"Period {number} is already invoiced.";

    public bool IsBroken() => invoiced.Contains(number);

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;
}
