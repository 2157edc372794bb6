using Dps.Evaluation.Domain.MethodStatements;
using static Dps.UnitTests.Evaluation.Competitions.Evaluating;

namespace Dps.UnitTests.Evaluation.Competitions;

public sealed class MethodStatementScoreTests
{
    private static readonly Guid BidId = Guid.NewGuid();

    [Test]
    public void A_first_individual_score_needs_no_reason()
    {
        var competition = Open();

        var entry = MethodStatementScore.Record(competition, BidId, compliant: true, ScoreKind.Individual, "evaluator-1", 70m, "  ", replacesEarlier: false, Now);

        Assert.Multiple(() =>
        {
            Assert.That(entry.CompetitionId, Is.EqualTo(competition.Id));
            Assert.That(entry.BidId, Is.EqualTo(BidId));
            Assert.That(entry.Kind, Is.EqualTo(ScoreKind.Individual));
            Assert.That(entry.EvaluatorId, Is.EqualTo("evaluator-1"));
            Assert.That(entry.Score, Is.EqualTo(70m));
            Assert.That(entry.Reason, Is.Null);
            Assert.That(entry.RecordedAt, Is.EqualTo(Now));
        });
    }

    [Test]
    public void A_non_compliant_bids_method_statement_is_not_scored()
    {
        var refused = Refused(
            "MethodStatementIsScoredOnlyOnCompliantBids",
            () => MethodStatementScore.Record(Open(), BidId, compliant: false, ScoreKind.Individual, "evaluator-1", 70m, null, replacesEarlier: false, Now));

        Assert.That(refused.Message, Does.Contain(BidId.ToString()));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void A_moderated_score_needs_its_reason(string? reason)
    {
        var refused = Refused(
            "ScoreMustGiveItsReason",
            () => MethodStatementScore.Record(Open(), BidId, compliant: true, ScoreKind.Moderated, "moderator", 70m, reason, replacesEarlier: false, Now));

        Assert.That(refused.Message, Does.Contain("moderated"));
    }

    [TestCase(null)]
    [TestCase(" ")]
    public void A_score_replacing_the_evaluators_earlier_one_needs_its_reason(string? reason)
    {
        var refused = Refused(
            "ScoreMustGiveItsReason",
            () => MethodStatementScore.Record(Open(), BidId, compliant: true, ScoreKind.Individual, "evaluator-1", 75m, reason, replacesEarlier: true, Now));

        Assert.That(refused.Message, Does.Contain("already scored"));
    }

    [Test]
    public void A_reason_given_is_kept_trimmed()
    {
        var entry = MethodStatementScore.Record(
            Open(), BidId, compliant: true, ScoreKind.Moderated, "moderator", 72.5m, "  Agreed at moderation.  ", replacesEarlier: true, Now);

        Assert.That(entry.Reason, Is.EqualTo("Agreed at moderation."));
    }

    [Test]
    public void No_score_is_recorded_once_the_competition_is_awarded()
    {
        var competition = Open();
        Awarded(competition);

        Refused(
            "CompetitionMustBeEvaluating",
            () => MethodStatementScore.Record(competition, BidId, compliant: true, ScoreKind.Individual, "evaluator-1", 70m, null, replacesEarlier: false, Now));
    }

    [Test]
    public void Being_evaluating_is_checked_before_compliance_and_the_reason()
    {
        var competition = Open();
        competition.Cancel("The child moved away.", Now);

        Refused(
            "CompetitionMustBeEvaluating",
            () => MethodStatementScore.Record(competition, BidId, compliant: false, ScoreKind.Moderated, "moderator", 70m, null, replacesEarlier: true, Now));
    }
}
