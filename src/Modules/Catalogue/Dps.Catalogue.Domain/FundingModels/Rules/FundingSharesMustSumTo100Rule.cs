using Dps.BuildingBlocks.Domain;

namespace Dps.Catalogue.Domain.FundingModels.Rules;

/// <summary>The shares paid at start, at completion and on a job outcome make up the whole price.</summary>
internal sealed class FundingSharesMustSumTo100Rule(FundingShares shares) : IBusinessRule
{
    public string Message =>
        $"The shares paid at start ({shares.AtStart}%), at completion ({shares.AtCompletion}%) and on a job outcome ({shares.OnJobOutcome}%) add up to {shares.Total}%, not 100%.";

    public bool IsBroken() => shares.Total != 100m;
}
