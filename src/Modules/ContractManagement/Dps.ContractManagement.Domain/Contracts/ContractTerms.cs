using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.Contracts;

/// <summary>What was awarded: the price per basis and its lines, the start, the term, the places and the funding model.</summary>
public sealed record ContractTerms(
    string ServiceUserReference,
    Money Price,
    ContractPriceBasis PriceBasis,
    IReadOnlyList<ContractCostLine> CostLines,
    DateOnly StartDate,
    int TermWeeks,
    int Places,
    FundingModel? FundingModel)
{
    /// <summary>The last day of the term: start + term weeks × 7 days − 1.</summary>
    public DateOnly EndDate => StartDate.AddDays((TermWeeks * 7) - 1);
}
