using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.Payments.Rules;

/// <summary>A price is shared out whole: each share is 0–100% and the shares make exactly 100%.</summary>
internal sealed class PriceSharesMustMakeAHundredPercentRule(IReadOnlyList<decimal> percentages) : IBusinessRule
{
    public string Message => $"Shares of {string.Join(" / ", percentages)}% do not make 100%, each of 0–100%.";

    public bool IsBroken() => percentages.Count == 0 || percentages.Any(p => p is < 0m or > 100m) || percentages.Sum() != 100m;
}
