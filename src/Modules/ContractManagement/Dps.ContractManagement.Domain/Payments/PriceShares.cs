using Dps.BuildingBlocks.Domain;
using Dps.ContractManagement.Domain.Payments.Rules;

namespace Dps.ContractManagement.Domain.Payments;

/// <summary>Splits a price into shares by percentage, in whole pennies, that add up to the price exactly.</summary>
internal static class PriceShares
{
    /// <summary>
    /// The shares of <paramref name="price"/> at <paramref name="percentages"/> (each 0–100, summing to 100), in the same
    /// order. The remainder rule (largest remainder): each share is first its exact amount rounded down to the penny; the
    /// pennies left over then go one each to the shares with the largest fraction of a penny cut off, and between equal
    /// fractions to the later share — the later milestone — so an earlier milestone is never paid a penny a later one
    /// could take. Every share is so its exact amount rounded down or up by less than a penny, a 0% share is 0.00, and the
    /// shares sum to the price. A penny is a hundredth of the currency.
    /// </summary>
    public static IReadOnlyList<Money> Split(Money price, IReadOnlyList<decimal> percentages)
    {
        RuleCheck.Check(new PriceSharesMustMakeAHundredPercentRule(percentages));
        RuleCheck.Check(new SharedPriceMustBeInWholePenniesRule(price));

        var pennies = price.Amount * 100m;
        var exact = percentages.Select(p => pennies * p / 100m).ToList();
        var shares = exact.Select(decimal.Floor).ToList();
        var leftover = (int)(pennies - shares.Sum());
        var byLargestRemainder = Enumerable.Range(0, exact.Count)
            .OrderByDescending(i => exact[i] - shares[i])
            .ThenByDescending(i => i);
        foreach (var i in byLargestRemainder.Take(leftover))
        {
            shares[i] += 1m;
        }

        return shares.Select(s => new Money(s / 100m, price.Currency)).ToList();
    }
}
