namespace Dps.BuildingBlocks.Domain;

/// <summary>An amount in a currency (ISO 4217 code, e.g. GBP); sent as <c>{ "amount": 123.45, "currency": "GBP" }</c>.</summary>
public sealed record Money(decimal Amount, string Currency)
{
    public static Money Zero(string currency) => new(0m, currency);

    public Money Add(Money other)
    {
        if (other.Currency != Currency)
        {
            throw new InvalidOperationException($"Cannot add {other.Currency} to {Currency}.");
        }

        return this with { Amount = Amount + other.Amount };
    }

    public override string ToString() => $"{Amount:0.00} {Currency}";
}
