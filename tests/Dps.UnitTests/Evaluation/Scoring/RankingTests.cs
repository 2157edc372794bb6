using Dps.Evaluation.Domain.Scoring;
using static Dps.UnitTests.Evaluation.Scoring.Competitions;

namespace Dps.UnitTests.Evaluation.Scoring;

public sealed class RankingTests
{
    private static readonly CriterionWeights PriceAndOutcomes = new(Price: 50, Needs: 0, Features: 0, Location: 0, CoreCompetency: 0, Outcomes: 50);

    [Test]
    public void Equal_totals_rank_the_lower_price_first()
    {
        // 50 + 40 × 50 ÷ 100 = 70 and 50 × 3000 ÷ 3750 + 60 × 50 ÷ 100 = 40 + 30 = 70.
        var cheaper = Bid(3000m, outcomes: 40m, minute: 2);
        var dearer = Bid(3750m, outcomes: 60m, minute: 1);

        var scores = Score(PriceAndOutcomes, dearer, cheaper);

        Assert.Multiple(() =>
        {
            Assert.That(scores.Of(cheaper).Total, Is.EqualTo(70m));
            Assert.That(scores.Of(dearer).Total, Is.EqualTo(70m));
            Assert.That(scores.Bids.Select(b => (b.BidId, b.Rank)), Is.EqualTo(new[] { (cheaper.BidId, (int?)1), (dearer.BidId, 2) }));
        });
    }

    [Test]
    public void Equal_totals_and_prices_rank_the_earlier_submission_first()
    {
        var later = Bid(3000m, minute: 5, id: new Guid("00000000-0000-0000-0000-000000000001"));
        var earlier = Bid(3000m, minute: 4, id: new Guid("00000000-0000-0000-0000-000000000002"));

        var scores = Score(FiftyFifty, later, earlier);

        Assert.That(scores.Bids.Select(b => (b.BidId, b.Rank)), Is.EqualTo(new[] { (earlier.BidId, (int?)1), (later.BidId, 2) }));
    }

    [Test]
    public void Equal_totals_prices_and_submission_times_rank_by_bid_id()
    {
        var second = Bid(3000m, id: new Guid("00000000-0000-0000-0000-000000000002"));
        var first = Bid(3000m, id: new Guid("00000000-0000-0000-0000-000000000001"));

        var scores = Score(FiftyFifty, second, first);

        Assert.That(scores.Bids.Select(b => b.BidId), Is.EqualTo(new[] { first.BidId, second.BidId }));
    }

    [Test]
    public void Outcomes_pending_leave_the_ranking_incomplete_and_name_the_bids_awaiting_their_score()
    {
        var scored = Bid(3300m, outcomes: 80m, minute: 1);
        var pending = Bid(3000m, outcomes: null, minute: 2);
        var alsoPending = Bid(3100m, outcomes: null, minute: 3);
        var nonCompliant = Bid(2900m, needs: [], outcomes: null, minute: 0);

        var scores = Score(FiftyFifty, alsoPending, nonCompliant, pending, scored);

        Assert.Multiple(() =>
        {
            Assert.That(scores.RankingComplete, Is.False);
            Assert.That(scores.AwaitingOutcomesScore, Is.EqualTo(new[] { pending.BidId, alsoPending.BidId }));
            Assert.That(scores.Bids.Select(b => b.Rank), Has.All.Null);
            Assert.That(scores.ParentChoiceGroup, Is.Empty);
            Assert.That(scores.Bids.Select(b => b.BidId), Is.EqualTo(new[] { scored.BidId, pending.BidId, alsoPending.BidId, nonCompliant.BidId }));
            Assert.That(scores.Of(pending).Outcomes, Is.EqualTo(new OutcomesScore(null, 20m, null)));
            Assert.That(scores.Of(pending).Total, Is.Null);
            Assert.That(scores.Of(scored).Total, Is.Not.Null, "a scored bid has its total before the ranking is complete");
        });
    }

    [Test]
    public void With_an_outcomes_weight_of_0_bids_rank_without_outcomes_scores()
    {
        var weights = new CriterionWeights(Price: 60, Needs: 20, Features: 5, Location: 5, CoreCompetency: 10, Outcomes: 0);
        var dearer = Bid(3300m, outcomes: null, minute: 1);
        var cheaper = Bid(3000m, outcomes: null, minute: 2);

        var scores = Score(weights, dearer, cheaper);

        Assert.Multiple(() =>
        {
            Assert.That(scores.RankingComplete, Is.True);
            Assert.That(scores.AwaitingOutcomesScore, Is.Empty);
            Assert.That(scores.Of(cheaper).Outcomes, Is.EqualTo(new OutcomesScore(null, 0m, 0m)));
            Assert.That(scores.Of(cheaper).Total, Is.EqualTo(60m + 20m + 5m + 5m + 5m));
            Assert.That(scores.Bids.Select(b => (b.BidId, b.Rank)), Is.EqualTo(new[] { (cheaper.BidId, (int?)1), (dearer.BidId, 2) }));
        });
    }
}
