using Dps.Evaluation.Domain.Scoring;
using static Dps.UnitTests.Evaluation.Scoring.Competitions;

namespace Dps.UnitTests.Evaluation.Scoring;

public sealed class ComplianceTests
{
    private static readonly string[] WithoutAsd = ["SLT", "OT", "SEMH"];

    [Test]
    public void A_bid_missing_a_must_have_is_kept_but_not_compliant_ranked_or_totalled()
    {
        var cheapest = Bid(2800m, needs: WithoutAsd, minute: 1);
        var next = Bid(3000m, minute: 2);
        var dearer = Bid(3300m, minute: 3);

        var scores = Score(FiftyFifty, cheapest, next, dearer);
        var missed = scores.Of(cheapest);

        Assert.Multiple(() =>
        {
            Assert.That(missed.Compliant, Is.False);
            Assert.That(missed.MissedMustHaves, Is.EqualTo(new[] { "ASD" }));
            Assert.That(missed.Total, Is.Null);
            Assert.That(missed.Rank, Is.Null);
            Assert.That(scores.Bids[^1], Is.SameAs(missed));
            Assert.That(scores.Bids.Select(b => b.Rank), Is.EqualTo(new int?[] { 1, 2, null }));
            Assert.That(scores.ParentChoiceGroup, Does.Not.Contain(cheapest.BidId));
        });
    }

    [Test]
    public void A_non_compliant_lowest_price_is_not_the_lowest_the_next_compliant_price_is()
    {
        var cheapest = Bid(2800m, needs: WithoutAsd, minute: 1);
        var next = Bid(3000m, minute: 2);
        var dearer = Bid(3300m, minute: 3);

        var scores = Score(FiftyFifty, cheapest, next, dearer);

        Assert.Multiple(() =>
        {
            Assert.That(scores.LowestCompliantPrice, Is.EqualTo(3000m));
            Assert.That(scores.Of(next).Price, Is.EqualTo(new PriceScore(3000m, 3000m, 50m, 50m)));
            Assert.That(scores.Of(dearer).Price.Points, Is.EqualTo(50m * 3000m / 3300m));
            Assert.That(scores.Of(cheapest).Price, Is.EqualTo(new PriceScore(2800m, 3000m, 50m, 50m)), "capped at the weight");
        });
    }

    [Test]
    public void A_dearer_non_compliant_bid_s_price_points_are_worked_out_as_any_other()
    {
        var compliant = Bid(3000m, minute: 1);
        var dearer = Bid(3750m, needs: WithoutAsd, minute: 2);

        Assert.That(Score(FiftyFifty, compliant, dearer).Of(dearer).Price.Points, Is.EqualTo(40m));
    }

    [Test]
    public void Missed_must_haves_are_listed_in_the_referral_s_order()
    {
        var needs = new RequiredNeed[] { new("SLT", true, 1), new("OT", false, 2), new("SEMH", true, 3), new("ASD", true, 4) };
        var bid = Bid(needs: ["OT"]);

        var scores = CompetitionScorer.Score(new CompetitionInputs(FiftyFifty, needs, Features, [bid]), ScoringRules.Default);

        Assert.That(scores.Of(bid).MissedMustHaves, Is.EqualTo(new[] { "SLT", "SEMH", "ASD" }));
    }

    [Test]
    public void Need_codes_match_whatever_their_case()
    {
        var bid = Bid(needs: ["slt", "Ot", "semh", "asd"], features: ["pets"]);

        var score = Score(FiftyFifty, bid).Of(bid);

        Assert.Multiple(() =>
        {
            Assert.That(score.Compliant, Is.True);
            Assert.That(score.Needs.Met, Is.EqualTo(AllNeeds), "in the referral's spelling");
            Assert.That(score.Features.Met, Is.EqualTo(new[] { "PETS" }));
            Assert.That(score.Features.NotMet, Is.EqualTo(new[] { "HALAL" }));
        });
    }

    [Test]
    public void With_no_compliant_bid_there_is_no_lowest_price_no_ranking_and_no_group()
    {
        var first = Bid(3000m, needs: WithoutAsd, minute: 2);
        var second = Bid(2800m, needs: [], minute: 1);

        var scores = Score(FiftyFifty, first, second);

        Assert.Multiple(() =>
        {
            Assert.That(scores.LowestCompliantPrice, Is.Null);
            Assert.That(scores.RankingComplete, Is.False);
            Assert.That(scores.ParentChoiceGroup, Is.Empty);
            Assert.That(scores.AwaitingOutcomesScore, Is.Empty);
            Assert.That(scores.Bids.Select(b => b.BidId), Is.EqualTo(new[] { second.BidId, first.BidId }), "in submission order");
            Assert.That(scores.Bids.Select(b => b.Price.Points), Has.All.Zero);
            Assert.That(scores.Bids.Select(b => b.Price.LowestCompliantPrice), Has.All.Null);
            Assert.That(scores.Bids.Select(b => b.Total), Has.All.Null);
            Assert.That(scores.Bids.Select(b => b.Rank), Has.All.Null);
        });
    }

    [Test]
    public void No_bids_at_all_score_as_no_compliant_bid()
    {
        var scores = Score(FiftyFifty);

        Assert.Multiple(() =>
        {
            Assert.That(scores.Bids, Is.Empty);
            Assert.That(scores.RankingComplete, Is.False);
            Assert.That(scores.LowestCompliantPrice, Is.Null);
        });
    }
}
