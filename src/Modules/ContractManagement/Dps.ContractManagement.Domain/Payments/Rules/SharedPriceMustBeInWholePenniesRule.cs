using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.Payments.Rules;

/// <summary>Only a price of zero or more in whole pennies splits into penny shares that add up to it.</summary>
internal sealed class SharedPriceMustBeInWholePenniesRule(Money price) : IBusinessRule
{
    public string Message => $"A price of {price.Amount} {price.Currency} is not a non-negative amount in whole pennies.";

    public bool IsBroken() => price.Amount < 0m || decimal.Round(price.Amount, 2) != price.Amount;
}
