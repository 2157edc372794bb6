using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;

namespace Dps.BuildingBlocks.Application.Contracts;

/// <summary>An amount in a currency (ISO 4217 code, e.g. GBP); sent as <c>{ "amount": 123.45, "currency": "GBP" }</c>.</summary>
public sealed record Money(
    [property: Description("The amount, in the currency's main unit (pounds for GBP), e.g. 123.45.")] decimal Amount,
    [property: Description("The currency's ISO 4217 code, e.g. GBP.")] string Currency) : IRequestContract<Domain.Money>
{
    [return: NotNullIfNotNull(nameof(money))]
    public static Money? From(Domain.Money? money) => money is null ? null : new(money.Amount, money.Currency);

    public Domain.Money ToDomain() => new(Amount, Currency);
}
