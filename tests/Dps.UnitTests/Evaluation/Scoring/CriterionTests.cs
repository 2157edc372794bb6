using Dps.Evaluation.Domain.Scoring;
using static Dps.UnitTests.Evaluation.Scoring.Competitions;

namespace Dps.UnitTests.Evaluation.Scoring;

public sealed class CriterionTests
{
    [TestCase(9.99, 0, 5, 5)]
    [TestCase(10.00, 1, 4, 4)]
    [TestCase(49.99, 4, 1, 1)]
    [TestCase(50, 5, 0, 0)]
    [TestCase(120, 12, 0, 0)]
    public void Location_loses_a_mark_for_every_whole_10_miles(decimal miles, int band, int mark, decimal points)
    {
        var bid = Bid(miles: miles);

        Assert.That(Score(FiftyFifty, bid).Of(bid).Location, Is.EqualTo(new LocationScore(miles, band, mark, 5, 5m, points)));
    }

    [Test]
    public void Location_bands_and_top_mark_are_configuration()
    {
        var bid = Bid(miles: 12.5m);

        var location = Score(FiftyFifty, new ScoringRules(LocationBandMiles: 5m, LocationTopMark: 4), bid).Of(bid).Location;

        Assert.That(location, Is.EqualTo(new LocationScore(12.5m, 2, 2, 4, 5m, 2.5m)));
    }

    [Test]
    public void A_bidder_without_a_core_competency_score_earns_no_core_competency_points_but_is_still_totalled()
    {
        var bid = Bid(coreCompetency: null, outcomes: 50m);

        var score = Score(FiftyFifty, bid).Of(bid);

        Assert.Multiple(() =>
        {
            Assert.That(score.CoreCompetency, Is.EqualTo(new CoreCompetencyScore(null, 10m, 0m)));
            Assert.That(score.Total, Is.EqualTo(50m + 10m + 5m + 5m + 0m + 10m));
            Assert.That(score.Rank, Is.EqualTo(1));
        });
    }

    [Test]
    public void With_no_required_needs_or_desired_features_a_bid_earns_their_whole_weights()
    {
        var bid = Bid(needs: [], features: []);

        var score = CompetitionScorer.Score(new CompetitionInputs(FiftyFifty, [], [], [bid]), ScoringRules.Default).Of(bid);

        Assert.Multiple(() =>
        {
            Assert.That(score.Compliant, Is.True);
            Assert.That((score.Needs.MarksMet, score.Needs.MarksTotal, score.Needs.Points), Is.EqualTo((0m, 0m, 10m)));
            Assert.That((score.Features.MarksMet, score.Features.MarksTotal, score.Features.Points), Is.EqualTo((0m, 0m, 5m)));
        });
    }

    [Test]
    public void Needs_met_and_not_met_are_listed_in_the_referral_s_order()
    {
        var bid = Bid(needs: ["ASD", "SLT", "CAMHS"]);

        var needs = Score(FiftyFifty, bid).Of(bid).Needs;

        Assert.Multiple(() =>
        {
            Assert.That(needs.Met, Is.EqualTo(new[] { "SLT", "ASD" }));
            Assert.That(needs.NotMet, Is.EqualTo(new[] { "OT", "SEMH" }));
            Assert.That((needs.MarksMet, needs.Points), Is.EqualTo((5m, 5m)), "a code the referral does not ask for earns nothing");
        });
    }

    [Test]
    public void Features_do_not_affect_compliance()
    {
        var bid = Bid(features: []);

        var score = Score(FiftyFifty, bid).Of(bid);

        Assert.Multiple(() =>
        {
            Assert.That(score.Compliant, Is.True);
            Assert.That(score.Features.Points, Is.Zero);
            Assert.That(score.Features.NotMet, Is.EqualTo(AllFeatures));
        });
    }

    [Test]
    public void Core_competency_and_outcomes_are_weighted_out_of_100()
    {
        var bid = Bid(coreCompetency: 33m, outcomes: 77m);

        var score = Score(FiftyFifty, bid).Of(bid);

        Assert.Multiple(() =>
        {
            Assert.That(score.CoreCompetency.Points, Is.EqualTo(3.3m));
            Assert.That(score.Outcomes.Points, Is.EqualTo(15.4m));
        });
    }
}
