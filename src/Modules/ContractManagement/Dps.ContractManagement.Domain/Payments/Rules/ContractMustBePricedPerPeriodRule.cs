using Dps.BuildingBlocks.Domain;
using Dps.ContractManagement.Domain.Contracts;

namespace Dps.ContractManagement.Domain.Payments.Rules;

/// <summary>Periods are invoiced on a price per week, month or annum; a price per participant is paid by milestone.</summary>
internal sealed class ContractMustBePricedPerPeriodRule(ContractPriceBasis basis) : IBusinessRule
{
    public string Message => $"The contract is priced per {basis}: it is not invoiced by period.";

    public bool IsBroken() => basis is not (ContractPriceBasis.Week or ContractPriceBasis.Month or ContractPriceBasis.Annum);
}
