using Money = Dps.BuildingBlocks.Application.Contracts.Money;

namespace Dps.Referral.Application.Contracts;

/// <summary>
/// What a supplier sends to bid or revise its bid: every core cost line it qualified with (each at most the qualified
/// amount), variable costs for this service user, the codes of the referral's required needs and desired features it
/// meets, its method statement on meeting the outcomes, and its proposed start date. Amounts are on the referral's price
/// basis, in the currency the establishment qualified in. No total: the platform computes it.
/// </summary>
public sealed record BidOffer(
    IReadOnlyList<BidCoreCost> CoreCosts,
    IReadOnlyList<BidVariableCost>? VariableCosts,
    IReadOnlyList<string>? NeedsMet,
    IReadOnlyList<string>? FeaturesMet,
    string MethodStatement,
    DateOnly ProposedStartDate)
{
    public static BidOffer From(Domain.Bids.BidOffer offer) => new(
        [.. offer.CoreCosts.Select(BidCoreCost.From)],
        [.. offer.VariableCosts.Select(BidVariableCost.From)],
        offer.NeedsMet,
        offer.FeaturesMet,
        offer.MethodStatement,
        offer.ProposedStartDate);

    public Domain.Bids.BidOffer ToDomain() => new(
        [.. CoreCosts.Select(l => l.ToDomain())],
        [.. (VariableCosts ?? []).Select(l => l.ToDomain())],
        [.. (NeedsMet ?? []).Select(c => c.Trim())],
        [.. (FeaturesMet ?? []).Select(c => c.Trim())],
        MethodStatement.Trim(),
        ProposedStartDate);
}

/// <summary>One qualified core cost line, priced for this referral (it may be lowered, never raised).</summary>
public sealed record BidCoreCost(string LineCode, decimal Amount)
{
    public static BidCoreCost From(Domain.Bids.BidCoreCost line) => new(line.LineCode, line.Amount);

    public Domain.Bids.BidCoreCost ToDomain() => new(LineCode.Trim(), Amount);
}

/// <summary>A cost of this service user's needs beyond the core costs: what it is for, and how much.</summary>
public sealed record BidVariableCost(string Description, decimal Amount)
{
    public static BidVariableCost From(Domain.Bids.BidVariableCost line) => new(line.Description, line.Amount);

    public Domain.Bids.BidVariableCost ToDomain() => new(Description.Trim(), Amount);
}

/// <summary>The price the platform computed: core and variable costs, the group discount (percent and amount) and the total, rounded to the penny.</summary>
public sealed record BidPrice(Money Core, Money Variable, decimal DiscountPercent, Money Discount, Money Total)
{
    public static BidPrice From(Domain.Bids.BidPrice price) => new(
        new Money(price.Core, price.Currency),
        new Money(price.Variable, price.Currency),
        price.DiscountPercent,
        new Money(price.Discount, price.Currency),
        new Money(price.Total, price.Currency));
}

/// <summary>A bid's opened content: the offer as priced, and its price.</summary>
public sealed record BidContent(BidOffer Offer, BidPrice Price)
{
    public static BidContent From(Domain.Bids.BidContent content) => new(BidOffer.From(content.Offer), BidPrice.From(content.Price));
}
