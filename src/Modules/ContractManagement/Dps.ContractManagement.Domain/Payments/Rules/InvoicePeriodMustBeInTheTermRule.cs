using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.Payments.Rules;

/// <summary>Only the periods of the contract's term are invoiced: 1 to the period holding its last day.</summary>
internal sealed class InvoicePeriodMustBeInTheTermRule(int number, int periods) : IBusinessRule
{
    public string Message => $"The contract's term has periods 1 to {periods}; period {number} is outside it.";

    public bool IsBroken() => number < 1 || number > periods;
}
