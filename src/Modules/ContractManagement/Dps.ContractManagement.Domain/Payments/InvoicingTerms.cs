using Dps.BuildingBlocks.Domain;
using Dps.ContractManagement.Domain.Contracts;

namespace Dps.ContractManagement.Domain.Payments;

/// <summary>What a contract priced per period is invoiced from: the price per week, month or annum, the start and the term.</summary>
internal sealed record InvoicingTerms(Money Price, ContractPriceBasis Basis, DateOnly StartDate, int TermWeeks)
{
    /// <summary>The last day of the term: start + term weeks × 7 days − 1.</summary>
    public DateOnly EndDate => StartDate.AddDays((TermWeeks * 7) - 1);
}
