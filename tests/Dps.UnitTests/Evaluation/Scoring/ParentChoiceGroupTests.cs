using Dps.Evaluation.Domain.Scoring;
using static Dps.UnitTests.Evaluation.Scoring.Competitions;

namespace Dps.UnitTests.Evaluation.Scoring;

public sealed class ParentChoiceGroupTests
{
    [Test]
    public void A_bid_4_99_below_the_top_is_in_the_group_one_exactly_5_00_below_is_not()
    {
        var ranked = Ranked(80m, 75.01m, 75m);

        Assert.That(ParentChoiceGroup.Of(ranked, ScoringRules.Default), Is.EqualTo(Ids(ranked, 0, 1)));
    }

    [Test]
    public void Four_bids_within_5_points_make_a_group_of_only_the_top_3()
    {
        var ranked = Ranked(80m, 79m, 78m, 77m);

        Assert.That(ParentChoiceGroup.Of(ranked, ScoringRules.Default), Is.EqualTo(Ids(ranked, 0, 1, 2)));
    }

    [Test]
    public void A_lone_top_bid_is_a_group_of_one() =>
        Assert.That(ParentChoiceGroup.Of(Ranked(80m, 70m), ScoringRules.Default), Has.Count.EqualTo(1));

    [Test]
    public void No_ranked_bids_make_no_group() =>
        Assert.That(ParentChoiceGroup.Of([], ScoringRules.Default), Is.Empty);

    [Test]
    public void Equal_totals_at_the_top_are_all_in_the_group() =>
        Assert.That(ParentChoiceGroup.Of(Ranked(80m, 80m), ScoringRules.Default), Has.Count.EqualTo(2));

    [Test]
    public void The_margin_and_the_size_are_configuration()
    {
        var rules = new ScoringRules(ParentChoiceMargin: 3m, ParentChoiceMaxBids: 2);

        Assert.Multiple(() =>
        {
            Assert.That(ParentChoiceGroup.Of(Ranked(80m, 77.01m, 77.01m), rules), Has.Count.EqualTo(2), "at most 2");
            var ranked = Ranked(80m, 77m, 76m);
            Assert.That(ParentChoiceGroup.Of(ranked, rules), Is.EqualTo(Ids(ranked, 0)), "3.00 below is out at a margin of 3");
            ranked = Ranked(80m, 77.01m);
            Assert.That(ParentChoiceGroup.Of(ranked, rules), Is.EqualTo(Ids(ranked, 0, 1)), "2.99 below is in");
        });
    }

    [Test]
    public void The_scorer_forms_the_group_with_the_rules_it_is_given()
    {
        // At 50/50 Y is 1.20 above X; with a margin of 1 X is out.
        var x = Bid(3000m, 8m, ["OT", "SEMH", "ASD"], ["PETS"], coreCompetency: 70m, outcomes: 60m, minute: 1);
        var y = Bid(3300m, 25m, AllNeeds, AllFeatures, coreCompetency: 85m, outcomes: 80m, minute: 2);

        Assert.Multiple(() =>
        {
            Assert.That(Score(FiftyFifty, new ScoringRules(ParentChoiceMargin: 1m), x, y).ParentChoiceGroup, Is.EqualTo(new[] { y.BidId }));
            Assert.That(Score(FiftyFifty, new ScoringRules(ParentChoiceMargin: 3m, ParentChoiceMaxBids: 2), x, y).ParentChoiceGroup, Is.EqualTo(new[] { y.BidId, x.BidId }));
            Assert.That(Score(FiftyFifty, new ScoringRules(ParentChoiceMargin: 3m, ParentChoiceMaxBids: 1), x, y).ParentChoiceGroup, Is.EqualTo(new[] { y.BidId }));
        });
    }

    [Test]
    public void A_bid_without_a_total_is_not_ranked_and_is_refused()
    {
        var ranked = Ranked(80m, 79m);
        ranked[1] = ranked[1] with { Total = null };

        Assert.Throws<ArgumentException>(() => ParentChoiceGroup.Of(ranked, ScoringRules.Default));
    }

    private static List<BidScore> Ranked(params decimal[] totals)
    {
        var bid = Bid();
        var template = Score(FiftyFifty, bid).Of(bid);
        return totals.Select((total, index) => template with { BidId = Guid.NewGuid(), Total = total, Rank = index + 1 }).ToList();
    }

    private static Guid[] Ids(List<BidScore> ranked, params int[] indexes) => indexes.Select(i => ranked[i].BidId).ToArray();
}
