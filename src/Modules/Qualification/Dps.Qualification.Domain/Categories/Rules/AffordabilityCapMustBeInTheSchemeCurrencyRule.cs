using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.Categories.Rules;

internal sealed class AffordabilityCapMustBeInTheSchemeCurrencyRule(Money? cap, string schemeCurrency) : IBusinessRule
{
    public string Message => $"The affordability cap must be in {schemeCurrency}, the currency core costs are priced in.";

    public bool IsBroken() => cap is not null && cap.Currency != schemeCurrency;
}
