namespace Dps.Evaluation.Domain.Scoring;

/// <summary>
/// The bids the parent or carer chooses among: the top bid and every other ranked bid whose total is less than the
/// margin below the top's, at most the rules' number of bids, in rank order.
/// </summary>
internal static class ParentChoiceGroup
{
    /// <param name="ranked">The compliant bids in rank order, each with its total.</param>
    public static IReadOnlyList<Guid> Of(IReadOnlyList<BidScore> ranked, ScoringRules rules)
    {
        if (ranked.Count == 0)
        {
            return [];
        }

        var top = TotalOf(ranked[0]);
        return ranked.Take(1)
            .Concat(ranked.Skip(1).Where(b => top - TotalOf(b) < rules.ParentChoiceMargin))
            .Take(rules.ParentChoiceMaxBids)
            .Select(b => b.BidId)
            .ToList();

        static decimal TotalOf(BidScore bid) =>
            bid.Total ?? throw new ArgumentException($"Bid {bid.BidId} has no total, so it is not ranked.", nameof(ranked));
    }
}
