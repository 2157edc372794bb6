namespace Dps.Evaluation.Domain.Scoring;

/// <summary>
/// A bid's price points: the lowest compliant price earns the whole weight, a dearer bid <c>weight × lowest ÷ price</c>.
/// A non-compliant bid cheaper than the lowest compliant price is capped at the weight; with no compliant bid there is
/// no lowest price and every bid earns 0.
/// </summary>
public sealed record PriceScore(decimal Price, decimal? LowestCompliantPrice, decimal Weight, decimal Points)
{
    public static PriceScore Of(decimal price, decimal? lowestCompliantPrice, decimal weight)
    {
        var points = lowestCompliantPrice switch
        {
            null => 0m,
            { } lowest when price <= lowest => weight,
            { } lowest => weight * lowest / price,
        };
        return new PriceScore(price, lowestCompliantPrice, weight, points);
    }
}
