using Dps.Evaluation.Domain.Competitions;
using static Dps.UnitTests.Evaluation.Competitions.Evaluating;

namespace Dps.UnitTests.Evaluation.Competitions;

public sealed class CancellationAndFeedbackTests
{
    [Test]
    public void A_cancellation_before_award_stops_the_evaluation_with_its_reason()
    {
        var competition = Open();

        competition.Cancel("The child moved away.", Now);

        Assert.Multiple(() =>
        {
            Assert.That(competition.Status, Is.EqualTo(CompetitionStatus.Cancelled));
            Assert.That(competition.CancellationReason, Is.EqualTo("The child moved away."));
            Assert.That(competition.CancelledAt, Is.EqualTo(Now));
        });
    }

    [Test]
    public void An_awarded_competition_stays_awarded_when_its_referral_is_cancelled()
    {
        var competition = Open();
        var award = Awarded(competition);

        competition.Cancel("Cancelled after the award.", Now.AddDays(1));

        Assert.Multiple(() =>
        {
            Assert.That(competition.Status, Is.EqualTo(CompetitionStatus.Awarded));
            Assert.That(competition.Award, Is.SameAs(award));
            Assert.That(competition.CancellationReason, Is.Null);
            Assert.That(competition.CancelledAt, Is.Null);
        });
    }

    [Test]
    public void A_second_cancellation_keeps_the_first()
    {
        var competition = Open();
        competition.Cancel("The child moved away.", Now);

        competition.Cancel("Redelivered.", Now.AddHours(1));

        Assert.Multiple(() =>
        {
            Assert.That(competition.CancellationReason, Is.EqualTo("The child moved away."));
            Assert.That(competition.CancelledAt, Is.EqualTo(Now));
        });
    }

    [Test]
    public void Feedback_waits_for_the_award()
    {
        var refused = Refused("FeedbackFollowsTheAward", () => Open().FeedbackFollowsTheAward());

        Assert.That(refused.Message, Does.Contain("not awarded yet"));
    }

    [Test]
    public void A_cancelled_competition_has_no_feedback()
    {
        var competition = Open();
        competition.Cancel("The child moved away.", Now);

        var refused = Refused("FeedbackFollowsTheAward", () => competition.FeedbackFollowsTheAward());

        Assert.That(refused.Message, Does.Contain("cancelled before award"));
    }

    [Test]
    public void Feedback_follows_the_award_it_is_about()
    {
        var competition = Open();
        var award = Awarded(competition);

        Assert.That(competition.FeedbackFollowsTheAward(), Is.SameAs(award));
    }
}
