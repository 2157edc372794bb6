using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.Applications.Rules;

internal sealed class CoreCostsMustBeInTheSchemeCurrencyRule(string categoryName, IReadOnlyList<CoreCost> costs, string currency) : IBusinessRule
{
    public string Message => $"Core costs for {categoryName} must be priced in {currency}.";

    public bool IsBroken() => costs.Any(c => c.Amount.Currency != currency);
}
