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

    /// <summary>
    /// The price per week, to compare contracts priced per week, month or annum: a month is 52 ÷ 12 weeks, a year 52
    /// weeks. Null for a price per participant, which has no weekly equivalent.
    /// </summary>
    public decimal? WeeklyEquivalent() => PriceBasis switch
    {
        ContractPriceBasis.Week => Price.Amount,
        ContractPriceBasis.Month => Price.Amount * 12m / 52m,
        ContractPriceBasis.Annum => Price.Amount / 52m,
        _ => null,
    };

    /// <summary>What the contract is worth as awarded: the weekly equivalent over the term, or the price per participant, for every place.</summary>
    public decimal Value() => (WeeklyEquivalent() is { } weekly ? weekly * TermWeeks : Price.Amount) * Places;
}
