namespace Dps.Referral.Domain.Bids;

/// <summary>
/// The price the platform computes for a bid, never the client: core plus variable costs, less the discount for a
/// group. Amounts are exact decimals; only <see cref="Total"/> is rounded, to the penny (half away from zero), and
/// <see cref="Discount"/> is what that rounding leaves, so <c>Core + Variable − Discount = Total</c> exactly.
/// </summary>
public sealed record BidPrice(decimal Core, decimal Variable, decimal DiscountPercent, decimal Discount, decimal Total, string Currency)
{
    /// <summary>
    /// The qualified <b>cohort</b> discount applies whenever the referral's group is larger than one. A referral records
    /// only the size of its "cohort or sibling group", not which of the two it is, so the cohort discount (a group placed
    /// together) is the basis; the sibling discount is not applied until referrals say that their group is siblings.
    /// </summary>
    public static BidPrice Compute(
        IReadOnlyCollection<BidCoreCost> core, IReadOnlyCollection<BidVariableCost> variable, int groupSize, decimal cohortDiscountPercent, string currency)
    {
        var coreTotal = core.Sum(l => l.Amount);
        var variableTotal = variable.Sum(l => l.Amount);
        var subtotal = coreTotal + variableTotal;
        var percent = groupSize > 1 ? cohortDiscountPercent : 0m;
        var total = decimal.Round(subtotal * (100m - percent) / 100m, 2, MidpointRounding.AwayFromZero);
        return new BidPrice(coreTotal, variableTotal, percent, subtotal - total, total, currency);
    }
}
