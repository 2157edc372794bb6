using Dps.Evaluation.Domain.Competitions;
using Dps.Evaluation.Domain.MethodStatements;
using static Dps.UnitTests.Evaluation.Competitions.Evaluating;

namespace Dps.UnitTests.Evaluation.Competitions;

public sealed class EffectiveScoresTests
{
    private static readonly Competition Evaluated = Open();

    [Test]
    public void The_latest_moderated_score_counts_whatever_was_recorded_after_it()
    {
        var bid = Guid.NewGuid();

        var effective = EffectiveScores.Of(
        [
            Entry(bid, ScoreKind.Individual, "evaluator-1", 60m, minute: 1),
            Entry(bid, ScoreKind.Individual, "evaluator-2", 80m, minute: 2),
            Entry(bid, ScoreKind.Moderated, "moderator", 70m, minute: 3),
            Entry(bid, ScoreKind.Moderated, "moderator", 72m, minute: 4),
            Entry(bid, ScoreKind.Individual, "evaluator-1", 90m, minute: 5),
        ]);

        Assert.That(effective, Is.EqualTo(new Dictionary<Guid, decimal> { [bid] = 72m }));
    }

    [Test]
    public void The_order_recorded_counts_not_the_order_given()
    {
        var bid = Guid.NewGuid();

        var effective = EffectiveScores.Of(
        [
            Entry(bid, ScoreKind.Moderated, "moderator", 72m, minute: 4),
            Entry(bid, ScoreKind.Moderated, "moderator", 70m, minute: 3),
        ]);

        Assert.That(effective[bid], Is.EqualTo(72m));
    }

    [Test]
    public void A_single_evaluators_latest_score_counts()
    {
        var bid = Guid.NewGuid();

        var effective = EffectiveScores.Of(
        [
            Entry(bid, ScoreKind.Individual, "evaluator-1", 60m, minute: 1),
            Entry(bid, ScoreKind.Individual, "evaluator-1", 65m, minute: 2),
        ]);

        Assert.That(effective, Is.EqualTo(new Dictionary<Guid, decimal> { [bid] = 65m }));
    }

    [Test]
    public void Two_evaluators_without_moderation_give_no_score()
    {
        var bid = Guid.NewGuid();

        var effective = EffectiveScores.Of(
        [
            Entry(bid, ScoreKind.Individual, "evaluator-1", 60m, minute: 1),
            Entry(bid, ScoreKind.Individual, "evaluator-2", 60m, minute: 2),
        ]);

        Assert.That(effective, Is.Empty);
    }

    [Test]
    public void Each_bid_has_its_own_effective_score()
    {
        var (single, disputed, moderated) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        var effective = EffectiveScores.Of(
        [
            Entry(single, ScoreKind.Individual, "evaluator-1", 55m, minute: 1),
            Entry(disputed, ScoreKind.Individual, "evaluator-1", 60m, minute: 2),
            Entry(disputed, ScoreKind.Individual, "evaluator-2", 70m, minute: 3),
            Entry(moderated, ScoreKind.Individual, "evaluator-1", 40m, minute: 4),
            Entry(moderated, ScoreKind.Individual, "evaluator-2", 50m, minute: 5),
            Entry(moderated, ScoreKind.Moderated, "moderator", 45m, minute: 6),
        ]);

        Assert.That(effective, Is.EqualTo(new Dictionary<Guid, decimal> { [single] = 55m, [moderated] = 45m }));
    }

    [Test]
    public void No_entries_give_no_scores() => Assert.That(EffectiveScores.Of([]), Is.Empty);

    private static MethodStatementScore Entry(Guid bidId, ScoreKind kind, string evaluatorId, decimal score, int minute) =>
        MethodStatementScore.Record(Evaluated, bidId, compliant: true, kind, evaluatorId, score, "A reason.", replacesEarlier: true, Now.AddMinutes(minute));
}
