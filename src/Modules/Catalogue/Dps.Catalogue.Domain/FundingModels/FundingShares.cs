namespace Dps.Catalogue.Domain.FundingModels;

/// <summary>The percentages of the price paid at start, at completion and on a job outcome; together 100.</summary>
public sealed record FundingShares(decimal AtStart, decimal AtCompletion, decimal OnJobOutcome)
{
    public decimal Total => AtStart + AtCompletion + OnJobOutcome;
}
