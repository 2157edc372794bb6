namespace Dps.Evaluation.Domain.Scoring;

/// <summary>
/// Scores a competition from its inputs alone, so the same inputs always give the same scores and ranking. Compliance
/// comes first because only compliant bids set the lowest price.
/// </summary>
internal static class CompetitionScorer
{
    public static CompetitionScores Score(CompetitionInputs inputs, ScoringRules rules)
    {
        var submitted = inputs.Bids
            .OrderBy(b => b.SubmittedAt)
            .ThenBy(b => b.BidId)
            .Select(b => (Bid: b, Missed: MissedMustHaves(b, inputs.Needs)))
            .ToList();
        var compliantPrices = submitted.Where(b => b.Missed.Count == 0).Select(b => b.Bid.Price).ToList();
        decimal? lowest = compliantPrices.Count == 0 ? null : compliantPrices.Min();

        var scored = submitted.Select(b => (b.Bid, Score: ScoreBid(b.Bid, b.Missed, lowest, inputs, rules))).ToList();
        var compliant = scored.Where(b => b.Score.Compliant).ToList();
        var complete = compliant.Count > 0 && compliant.All(b => b.Score.Total is not null);
        var ordered = complete ? Ranked(compliant) : compliant.Select(b => b.Score).ToList();

        return new CompetitionScores(
            [.. ordered, .. scored.Where(b => !b.Score.Compliant).Select(b => b.Score)],
            lowest,
            complete,
            compliant.Where(b => b.Score.Outcomes.Points is null).Select(b => b.Bid.BidId).ToList(),
            complete ? ParentChoiceGroup.Of(ordered, rules) : []);
    }

    private static List<string> MissedMustHaves(BidInputs bid, IReadOnlyList<RequiredNeed> needs) =>
        needs.Where(n => n.MustHave && !bid.NeedsMet.Contains(n.Code, StringComparer.OrdinalIgnoreCase)).Select(n => n.Code).ToList();

    private static BidScore ScoreBid(BidInputs bid, IReadOnlyList<string> missed, decimal? lowest, CompetitionInputs inputs, ScoringRules rules)
    {
        var weights = inputs.Weights;
        var price = PriceScore.Of(bid.Price, lowest, weights.Price);
        var needs = MarksScore.Of(inputs.Needs.Select(n => (n.Code, n.Mark)).ToList(), bid.NeedsMet, weights.Needs);
        var features = MarksScore.Of(inputs.Features.Select(f => (f.Code, f.Mark)).ToList(), bid.FeaturesMet, weights.Features);
        var location = LocationScore.Of(bid.DistanceMiles, weights.Location, rules);
        var coreCompetency = CoreCompetencyScore.Of(bid.CoreCompetencyScore, weights.CoreCompetency);
        var outcomes = OutcomesScore.Of(bid.OutcomesScore, weights.Outcomes);
        var compliant = missed.Count == 0;
        decimal? total = compliant && outcomes.Points is { } outcomesPoints
            ? price.Points + needs.Points + features.Points + location.Points + coreCompetency.Points + outcomesPoints
            : null;
        return new BidScore(bid.BidId, compliant, missed, price, needs, features, location, coreCompetency, outcomes, total, Rank: null);
    }

    /// <summary>By total, then the lower price, then the earlier submission, then the bid id, so no tie is left to chance.</summary>
    private static List<BidScore> Ranked(IEnumerable<(BidInputs Bid, BidScore Score)> compliant) =>
        compliant
            .OrderByDescending(b => b.Score.Total)
            .ThenBy(b => b.Bid.Price)
            .ThenBy(b => b.Bid.SubmittedAt)
            .ThenBy(b => b.Bid.BidId)
            .Select((b, index) => b.Score with { Rank = index + 1 })
            .ToList();
}
