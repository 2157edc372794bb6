using Dps.BuildingBlocks.Domain;
using Dps.Evaluation.Domain.Competitions;
using Dps.Evaluation.Domain.Scoring;
using static Dps.UnitTests.Evaluation.Competitions.Evaluating;
using static Dps.UnitTests.Evaluation.Scoring.Competitions;

namespace Dps.UnitTests.Evaluation.Competitions;

public sealed class AwardTests
{
    [Test]
    public void A_group_of_more_than_one_is_not_awarded_without_the_parents_choice()
    {
        var competition = Open();
        var (scores, _, _, _) = GroupOfTwo();

        var refused = Refused("ParentChoiceMustBeRecorded", () => competition.AwardTo(scores, "buyer-1", null, Now));

        Assert.Multiple(() =>
        {
            Assert.That(refused.Message, Does.Contain("holds 2 bids"));
            Assert.That(competition.Status, Is.EqualTo(CompetitionStatus.Evaluating));
            Assert.That(competition.Award, Is.Null);
        });
    }

    [Test]
    public void A_lone_top_bid_is_awarded_without_a_choice()
    {
        var competition = Open();
        var (scores, top, _) = LoneTop();
        var incentive = new AwardIncentive("£500 if stepped down to day placement by week 26", new Money(500m, "GBP"));

        var award = competition.AwardTo(scores, "buyer-1", incentive, Now);

        Assert.Multiple(() =>
        {
            Assert.That(award.BidId, Is.EqualTo(top.BidId));
            Assert.That(award.ByParentChoice, Is.False);
            Assert.That(award.AwardedBy, Is.EqualTo("buyer-1"));
            Assert.That(award.AwardedAt, Is.EqualTo(Now));
            Assert.That(award.Incentive, Is.EqualTo(incentive));
            Assert.That(award.AwardId, Is.Not.EqualTo(Guid.Empty));
            Assert.That(competition.Award, Is.SameAs(award));
            Assert.That(competition.Status, Is.EqualTo(CompetitionStatus.Awarded));
        });
    }

    [Test]
    public void The_parents_choice_is_awarded_by_parent_choice_even_when_it_is_not_the_top_bid()
    {
        var competition = Open();
        var (scores, top, close, _) = GroupOfTwo();
        competition.RecordParentChoice(scores, close.BidId, "buyer-1", "Closer to the family.", Now);

        var award = competition.AwardTo(scores, "buyer-2", null, Now.AddHours(1));

        Assert.Multiple(() =>
        {
            Assert.That(scores.Bids[0].BidId, Is.EqualTo(top.BidId), "the top bid");
            Assert.That(award.BidId, Is.EqualTo(close.BidId));
            Assert.That(award.ByParentChoice, Is.True);
            Assert.That(competition.Status, Is.EqualTo(CompetitionStatus.Awarded));
        });
    }

    [Test]
    public void A_choice_recorded_on_a_lone_top_bid_awards_it_but_not_by_parent_choice()
    {
        var competition = Open();
        var (scores, top, _) = LoneTop();
        competition.RecordParentChoice(scores, top.BidId, "buyer-1", null, Now);

        var award = competition.AwardTo(scores, "buyer-1", null, Now);

        Assert.Multiple(() =>
        {
            Assert.That(award.BidId, Is.EqualTo(top.BidId));
            Assert.That(award.ByParentChoice, Is.False);
        });
    }

    [Test]
    public void A_choice_the_group_no_longer_holds_does_not_count()
    {
        // Chosen from {top, close}; then a moderated score lifts a third bid into the group and drops the chosen one.
        var competition = Open();
        var (top, close, third) = (Bid(3000m, outcomes: 50m, minute: 1), Bid(3100m, outcomes: 50m, minute: 2), Bid(3050m, outcomes: 20m, minute: 3));
        var before = Score(FiftyFifty, top, close, third);
        Assert.That(before.ParentChoiceGroup, Is.EqualTo(new[] { top.BidId, close.BidId }), "set-up");
        competition.RecordParentChoice(before, close.BidId, "buyer-1", null, Now);

        var after = Score(FiftyFifty, top, close with { OutcomesScore = 20m }, third with { OutcomesScore = 50m });
        Assert.That(after.ParentChoiceGroup, Is.EqualTo(new[] { top.BidId, third.BidId }), "set-up");

        Refused("ParentChoiceMustBeRecorded", () => competition.AwardTo(after, "buyer-1", null, Now));
    }

    [Test]
    public void An_award_waits_for_the_ranking()
    {
        var competition = Open();

        Refused("RankingMustBeComplete", () => competition.AwardTo(Unranked(), "buyer-1", null, Now));
        Refused("RankingMustBeComplete", () => competition.AwardTo(NoneCompliant(), "buyer-1", null, Now));
        Assert.That(competition.Status, Is.EqualTo(CompetitionStatus.Evaluating));
    }

    [Test]
    public void A_second_award_is_refused_and_the_first_stands()
    {
        var competition = Open();
        var first = Awarded(competition);
        var (scores, _, _) = LoneTop();

        var refused = Refused("CompetitionMustBeEvaluating", () => competition.AwardTo(scores, "buyer-2", null, Now.AddHours(1)));

        Assert.Multiple(() =>
        {
            Assert.That(refused.Message, Does.Contain("already Awarded"));
            Assert.That(competition.Award, Is.SameAs(first));
            Assert.That(competition.Status, Is.EqualTo(CompetitionStatus.Awarded));
        });
    }

    [Test]
    public void A_cancelled_competition_is_not_awarded()
    {
        var competition = Open();
        competition.Cancel("The child moved away.", Now);
        var (scores, _, _) = LoneTop();

        Refused("CompetitionMustBeEvaluating", () => competition.AwardTo(scores, "buyer-1", null, Now));
        Assert.That(competition.Award, Is.Null);
    }

    [Test]
    public void The_competition_scores_its_tendered_bids_with_its_own_weights_and_the_effective_scores_given()
    {
        var competition = Open(SeventyThirty);
        var scored = Tendered(competition, 3000m);
        var awaiting = Tendered(competition, 3300m);

        var scores = competition.Score([scored, awaiting], new Dictionary<Guid, decimal> { [scored.BidId] = 60m }, ScoringRules.Default);

        var expected = Score(SeventyThirty, scored.ScoringInputs(60m), awaiting.ScoringInputs(null));
        Assert.Multiple(() =>
        {
            Assert.That(scores.Bids.Select(b => (b.BidId, b.Total)), Is.EqualTo(expected.Bids.Select(b => (b.BidId, b.Total))));
            Assert.That(scores.Bids.Single(b => b.BidId == scored.BidId).Price.Weight, Is.EqualTo(30m));
            Assert.That(scores.RankingComplete, Is.False);
            Assert.That(scores.AwaitingOutcomesScore, Is.EqualTo(new[] { awaiting.BidId }));
        });
    }

    private static TenderedBid Tendered(Competition competition, decimal price) => TenderedBid.Open(
        competition.Id,
        Guid.CreateVersion7(),
        Guid.NewGuid(),
        Guid.NewGuid(),
        new Money(price, "GBP"),
        0m,
        [new TenderedCostLine("STAFFING", "Staffing", new Money(price, "GBP"))],
        [],
        AllNeeds,
        AllFeatures,
        "Weekly key-worker sessions.",
        new DateOnly(2027, 1, 4),
        12.5m,
        70m,
        Closed.AddMinutes(-(double)price / 100),
        new string('a', 64));
}
