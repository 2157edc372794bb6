using Dps.BuildingBlocks.Domain;

namespace Dps.Referral.Domain.DirectPlacements.Rules;

internal sealed class PriceMustBeInTheSchemesCurrencyRule(string priceCurrency, string schemeCurrency) : IBusinessRule
{
    public string Message => $"The price is in {priceCurrency}; the DPS's prices are in {schemeCurrency}.";

    public bool IsBroken() => !string.Equals(priceCurrency, schemeCurrency, StringComparison.Ordinal);
}
