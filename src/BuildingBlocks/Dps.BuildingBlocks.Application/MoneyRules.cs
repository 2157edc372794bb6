using Dps.BuildingBlocks.Domain;
using FluentValidation;

namespace Dps.BuildingBlocks.Application;

public static class MoneyRules
{
    /// <summary>A present, non-negative amount with a three-letter upper-case currency code.</summary>
    public static IRuleBuilderOptions<T, Money?> MustBeNonNegativeMoney<T>(this IRuleBuilder<T, Money?> rule) =>
        rule.ChildRules(money =>
        {
            money.RuleFor(m => m!.Amount).GreaterThanOrEqualTo(0m);
            money.RuleFor(m => m!.Currency).NotEmpty().Matches("^[A-Z]{3}$").WithMessage("'Currency' must be an ISO 4217 code such as GBP.");
        });
}
