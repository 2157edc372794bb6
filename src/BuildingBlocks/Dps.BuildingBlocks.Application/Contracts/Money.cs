using System.Diagnostics.CodeAnalysis;

namespace Dps.BuildingBlocks.Application.Contracts;

/// <summary>An amount in a currency (ISO 4217 code, e.g. GBP); sent as <c>{ "amount": 123.45, "currency": "GBP" }</c>.</summary>
public sealed record Money(decimal Amount, string Currency) : IRequestContract<Domain.Money>
{
    [return: NotNullIfNotNull(nameof(money))]
    public static Money? From(Domain.Money? money) => money is null ? null : new(money.Amount, money.Currency);

    public Domain.Money ToDomain() => new(Amount, Currency);
}
