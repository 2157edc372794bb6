using Dps.Evaluation.Domain.Competitions;
using static Dps.UnitTests.Evaluation.Competitions.Evaluating;

namespace Dps.UnitTests.Evaluation.Competitions;

public sealed class ParentChoiceTests
{
    [Test]
    public void A_choice_is_refused_while_a_compliant_bid_awaits_its_method_statement_score()
    {
        var competition = Open();
        var scores = Unranked();

        var refused = Refused("RankingMustBeComplete", () => competition.RecordParentChoice(scores, scores.Bids[0].BidId, "buyer-1", null, Now));

        Assert.Multiple(() =>
        {
            Assert.That(refused.Message, Does.Contain("1 compliant bid(s) still await"));
            Assert.That(competition.ParentChoice, Is.Null);
        });
    }

    [Test]
    public void A_choice_is_refused_when_no_bid_is_compliant()
    {
        var scores = NoneCompliant();

        var refused = Refused("RankingMustBeComplete", () => Open().RecordParentChoice(scores, scores.Bids[0].BidId, "buyer-1", null, Now));

        Assert.That(refused.Message, Does.Contain("No bid is compliant"));
    }

    [Test]
    public void A_bid_outside_the_parent_choice_group_may_not_be_chosen()
    {
        var competition = Open();
        var (scores, _, _, far) = GroupOfTwo();

        Refused("ParentChoiceMustBeInTheGroup", () => competition.RecordParentChoice(scores, far.BidId, "buyer-1", null, Now));
        Refused("ParentChoiceMustBeInTheGroup", () => competition.RecordParentChoice(scores, Guid.NewGuid(), "buyer-1", null, Now));
        Assert.That(competition.ParentChoice, Is.Null);
    }

    [Test]
    public void A_choice_within_the_group_is_recorded_with_who_when_and_the_note_and_a_second_replaces_it()
    {
        var competition = Open();
        var (scores, top, close, _) = GroupOfTwo();

        competition.RecordParentChoice(scores, close.BidId, "buyer-1", "Closer to the family.", Now);
        Assert.That(competition.ParentChoice, Is.EqualTo(new ParentChoice(close.BidId, "buyer-1", Now, "Closer to the family.")));

        competition.RecordParentChoice(scores, top.BidId, "buyer-2", null, Now.AddHours(1));
        Assert.Multiple(() =>
        {
            Assert.That(competition.ParentChoice, Is.EqualTo(new ParentChoice(top.BidId, "buyer-2", Now.AddHours(1), null)));
            Assert.That(competition.Status, Is.EqualTo(CompetitionStatus.Evaluating));
        });
    }

    [Test]
    public void No_choice_is_recorded_after_the_award()
    {
        var competition = Open();
        Awarded(competition);
        var (scores, top, _, _) = GroupOfTwo();

        var refused = Refused("CompetitionMustBeEvaluating", () => competition.RecordParentChoice(scores, top.BidId, "buyer-1", null, Now));

        Assert.Multiple(() =>
        {
            Assert.That(refused.Message, Does.Contain("Awarded"));
            Assert.That(competition.ParentChoice, Is.Null);
        });
    }

    [Test]
    public void No_choice_is_recorded_after_a_cancellation()
    {
        var competition = Open();
        competition.Cancel("The child moved away.", Now);
        var (scores, top, _, _) = GroupOfTwo();

        Refused("CompetitionMustBeEvaluating", () => competition.RecordParentChoice(scores, top.BidId, "buyer-1", null, Now));
    }

    [Test]
    public void Being_evaluating_is_checked_before_the_ranking()
    {
        var competition = Open();
        Awarded(competition);
        var scores = Unranked();

        Refused("CompetitionMustBeEvaluating", () => competition.RecordParentChoice(scores, scores.Bids[0].BidId, "buyer-1", null, Now));
    }
}
