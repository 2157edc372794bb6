using Dps.BuildingBlocks.Domain;
using Dps.Evaluation.Domain.Competitions;
using Dps.Evaluation.Domain.MethodStatements.Rules;

namespace Dps.Evaluation.Domain.MethodStatements;

/// <summary>
/// One entry of a bid's method-statement score (0–100): an evaluator's own, or the buyer's moderated score. Entries are
/// only ever added: a score changes by a new entry with its reason, and the earlier ones stay beside it.
/// </summary>
public sealed class MethodStatementScore : Entity
{
    private MethodStatementScore()
    {
    }

    public MethodStatementScoreId Id { get; private set; }

    public CompetitionId CompetitionId { get; private set; }

    public Guid BidId { get; private set; }

    public ScoreKind Kind { get; private set; }

    /// <summary>The evaluator's (or, when moderated, the moderator's) subject as the token names it.</summary>
    public string EvaluatorId { get; private set; } = null!;

    public decimal Score { get; private set; }

    public string? Reason { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <param name="compliant">Whether the bid meets every must-have need: only compliant bids are scored.</param>
    /// <param name="replacesEarlier">Whether this evaluator (for a moderated score: anyone) already recorded this kind of score on the bid.</param>
    public static MethodStatementScore Record(
        Competition competition, Guid bidId, bool compliant, ScoreKind kind, string evaluatorId, decimal score, string? reason, bool replacesEarlier, DateTimeOffset now)
    {
        competition.CheckEvaluating();
        CheckRule(new MethodStatementIsScoredOnlyOnCompliantBidsRule(bidId, compliant));
        CheckRule(new ScoreMustGiveItsReasonRule(kind, replacesEarlier, reason));
        return new MethodStatementScore
        {
            Id = MethodStatementScoreId.New(),
            CompetitionId = competition.Id,
            BidId = bidId,
            Kind = kind,
            EvaluatorId = evaluatorId,
            Score = score,
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
            RecordedAt = now,
        };
    }
}
