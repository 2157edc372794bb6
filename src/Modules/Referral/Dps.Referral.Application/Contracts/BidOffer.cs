using System.ComponentModel;
using Money = Dps.BuildingBlocks.Application.Contracts.Money;

namespace Dps.Referral.Application.Contracts;

/// <summary>
/// What a supplier sends to bid or revise its bid: every core cost line it qualified with (each at most the qualified
/// amount), variable costs for this service user, the codes of the referral's required needs and desired features it
/// meets, its method statement on meeting the outcomes, and its proposed start date. Amounts are on the referral's price
/// basis, in the currency the establishment qualified in. No total: the platform computes it.
/// </summary>
public sealed record BidOffer(
    [property: Description("Every core cost line the establishment qualified with, each once and at most its qualified amount; at most 100.")] IReadOnlyList<BidCoreCost> CoreCosts,
    [property: Description("Costs of this service user's needs beyond the core costs; at most 100, none when left out.")] IReadOnlyList<BidVariableCost>? VariableCosts,
    [property: Description("The codes of the referral's required needs the bid meets; none when left out.")] IReadOnlyList<string>? NeedsMet,
    [property: Description("The codes of the referral's desired features the bid offers; none when left out.")] IReadOnlyList<string>? FeaturesMet,
    [property: Description("How the supplier will meet the referral's desired outcomes, up to 20,000 characters; the buyer's evaluators score it 0–100.")] string MethodStatement,
    [property: Description("When the supplier can start: a calendar date in the scheme's time zone (Europe/London).")] DateOnly ProposedStartDate)
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
public sealed record BidCoreCost(
    [property: Description("The code of a core cost line the establishment qualified with, e.g. `EDUCATION`.")] string LineCode,
    [property: Description("The line's amount for this referral, per its price basis, in the currency the establishment qualified in (e.g. GBP): at most the qualified amount.")] decimal Amount)
{
    public static BidCoreCost From(Domain.Bids.BidCoreCost line) => new(line.LineCode, line.Amount);

    public Domain.Bids.BidCoreCost ToDomain() => new(LineCode.Trim(), Amount);
}

/// <summary>A cost of this service user's needs beyond the core costs: what it is for, and how much.</summary>
public sealed record BidVariableCost(
    [property: Description("What the cost is for, up to 500 characters, e.g. `Weekly speech and language therapy`.")] string Description,
    [property: Description("How much, per the referral's price basis, in the currency the establishment qualified in (e.g. GBP).")] decimal Amount)
{
    public static BidVariableCost From(Domain.Bids.BidVariableCost line) => new(line.Description, line.Amount);

    public Domain.Bids.BidVariableCost ToDomain() => new(Description.Trim(), Amount);
}

/// <summary>The price the platform computed: core and variable costs, the group discount (percent and amount) and the total, rounded to the penny.</summary>
public sealed record BidPrice(
    [property: Description("The core cost lines added up.")] Money Core,
    [property: Description("The variable costs added up.")] Money Variable,
    [property: Description("The discount taken off, in percent (0–100): the establishment's qualified cohort discount when the referral's group size is more than 1, else 0.")] decimal DiscountPercent,
    [property: Description("The amount the discount takes off: core + variable − total.")] Money Discount,
    [property: Description("The bid's price per the referral's price basis: core + variable, less the discount, rounded to the penny.")] Money Total)
{
    public static BidPrice From(Domain.Bids.BidPrice price) => new(
        new Money(price.Core, price.Currency),
        new Money(price.Variable, price.Currency),
        price.DiscountPercent,
        new Money(price.Discount, price.Currency),
        new Money(price.Total, price.Currency));
}

/// <summary>A bid's opened content: the offer as priced, and its price.</summary>
public sealed record BidContent(
    [property: Description("The offer as priced, its codes in the referral's and the qualification's spelling.")] BidOffer Offer,
    [property: Description("The price the platform computed from the offer.")] BidPrice Price)
{
    public static BidContent From(Domain.Bids.BidContent content) => new(BidOffer.From(content.Offer), BidPrice.From(content.Price));
}
