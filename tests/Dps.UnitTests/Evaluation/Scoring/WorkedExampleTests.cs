using Dps.Evaluation.Domain.Scoring;
using static Dps.UnitTests.Evaluation.Scoring.Competitions;

namespace Dps.UnitTests.Evaluation.Scoring;

/// <summary>
/// The issue's worked example: X £3,000 at 8 miles, Y £3,300 at 25 miles, Z £3,600 at 55 miles; needs met 9, 10 and 7 of
/// 10 marks; features 3, 4 and 1 of 4; core competency 70, 85, 90; method statement 60, 80, 90.
/// </summary>
public sealed class WorkedExampleTests
{
    private static readonly BidInputs X = Bid(3000m, 8m, ["OT", "SEMH", "ASD"], ["PETS"], coreCompetency: 70m, outcomes: 60m, minute: 1);
    private static readonly BidInputs Y = Bid(3300m, 25m, AllNeeds, AllFeatures, coreCompetency: 85m, outcomes: 80m, minute: 2);
    private static readonly BidInputs Z = Bid(3600m, 55m, ["SEMH", "ASD"], ["HALAL"], coreCompetency: 90m, outcomes: 90m, minute: 3);

    [Test]
    public void At_50_50_the_totals_are_86_75_87_95_and_76_92()
    {
        var scores = Score(FiftyFifty, X, Y, Z);

        Assert.Multiple(() =>
        {
            Assert.That(scores.Of(X).Total, Is.EqualTo(86.75m));
            Assert.That(scores.Of(Y).Total, Is.EqualTo(87.954545454545454545454545m).Within(0.000000000000000000000001m));
            Assert.That(scores.Of(Z).Total, Is.EqualTo(76.916666666666666666666666m).Within(0.000000000000000000000001m));
            Assert.That(new[] { X, Y, Z }.Select(b => Round(scores.Of(b).Total)), Is.EqualTo(new[] { 86.75m, 87.95m, 76.92m }));
        });
    }

    [Test]
    public void At_50_50_each_criterion_scores_as_the_issue_works_it_out()
    {
        var x = Score(FiftyFifty, X, Y, Z).Of(X);

        Assert.Multiple(() =>
        {
            Assert.That(x.Price, Is.EqualTo(new PriceScore(3000m, 3000m, 50m, 50m)));
            Assert.That((x.Needs.MarksMet, x.Needs.MarksTotal, x.Needs.Points), Is.EqualTo((9m, 10m, 9m)));
            Assert.That((x.Features.MarksMet, x.Features.MarksTotal, x.Features.Points), Is.EqualTo((3m, 4m, 3.75m)));
            Assert.That(x.Location, Is.EqualTo(new LocationScore(8m, 0, 5, 5, 5m, 5m)));
            Assert.That(x.CoreCompetency, Is.EqualTo(new CoreCompetencyScore(70m, 10m, 7m)));
            Assert.That(x.Outcomes, Is.EqualTo(new OutcomesScore(60m, 20m, 12m)));
        });
    }

    [Test]
    public void At_50_50_a_dearer_bid_earns_the_price_weight_times_lowest_over_its_price()
    {
        var scores = Score(FiftyFifty, X, Y, Z);

        Assert.Multiple(() =>
        {
            Assert.That(scores.Of(Y).Price.Points, Is.EqualTo(50m * 3000m / 3300m));
            Assert.That(Round(scores.Of(Y).Price.Points), Is.EqualTo(45.45m));
            Assert.That(Round(scores.Of(Z).Price.Points), Is.EqualTo(41.67m));
            Assert.That(scores.Of(Y).Location, Is.EqualTo(new LocationScore(25m, 2, 3, 5, 5m, 3m)));
            Assert.That(scores.Of(Z).Location.Points, Is.Zero);
        });
    }

    [Test]
    public void At_50_50_Y_ranks_first_and_X_1_20_below_shares_the_parent_choice_group()
    {
        var scores = Score(FiftyFifty, X, Y, Z);

        Assert.Multiple(() =>
        {
            Assert.That(scores.RankingComplete, Is.True);
            Assert.That(scores.Bids.Select(b => (b.BidId, b.Rank)), Is.EqualTo(new[] { (Y.BidId, (int?)1), (X.BidId, 2), (Z.BidId, 3) }));
            Assert.That(Round(scores.Of(Y).Total - scores.Of(X).Total), Is.EqualTo(1.20m));
            Assert.That(scores.ParentChoiceGroup, Is.EqualTo(new[] { Y.BidId, X.BidId }));
            Assert.That(scores.LowestCompliantPrice, Is.EqualTo(3000m));
            Assert.That(scores.AwaitingOutcomesScore, Is.Empty);
        });
    }

    [Test]
    public void At_70_30_the_totals_are_81_00_87_77_and_74_00()
    {
        var scores = Score(SeventyThirty, X, Y, Z);

        Assert.Multiple(() =>
        {
            Assert.That(scores.Of(X).Total, Is.EqualTo(81m));
            Assert.That(scores.Of(Y).Total, Is.EqualTo(87.772727272727272727272727m).Within(0.000000000000000000000001m));
            Assert.That(scores.Of(Z).Total, Is.EqualTo(74m));
            Assert.That(new[] { X, Y, Z }.Select(b => Round(scores.Of(b).Total)), Is.EqualTo(new[] { 81.00m, 87.77m, 74.00m }));
        });
    }

    [Test]
    public void At_70_30_Y_wins_alone_as_X_is_6_77_below()
    {
        var scores = Score(SeventyThirty, X, Y, Z);

        Assert.Multiple(() =>
        {
            Assert.That(scores.Bids.Select(b => b.BidId), Is.EqualTo(new[] { Y.BidId, X.BidId, Z.BidId }));
            Assert.That(Round(scores.Of(Y).Total - scores.Of(X).Total), Is.EqualTo(6.77m));
            Assert.That(scores.ParentChoiceGroup, Is.EqualTo(new[] { Y.BidId }));
        });
    }

    [Test]
    public void The_same_inputs_in_any_order_give_the_same_scores() =>
        Assert.That(Score(FiftyFifty, Z, X, Y), Is.EqualTo(Score(FiftyFifty, X, Y, Z)).Using<CompetitionScores>(SameScores));

    private static bool SameScores(CompetitionScores a, CompetitionScores b) =>
        a.Bids.Select(s => (s.BidId, s.Total, s.Rank)).SequenceEqual(b.Bids.Select(s => (s.BidId, s.Total, s.Rank)))
        && a.ParentChoiceGroup.SequenceEqual(b.ParentChoiceGroup)
        && a.LowestCompliantPrice == b.LowestCompliantPrice;
}
