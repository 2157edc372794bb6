using System.ComponentModel;
using Dps.Evaluation.Domain.MethodStatements;

namespace Dps.Evaluation.Application.MethodStatements;

/// <summary>One entry of a bid's method-statement score: whose, of which kind, the score (0–100), why, and when.</summary>
public sealed record MethodStatementScoreResponse(
    Guid Id,
    Guid ReferralId,
    Guid BidId,
    [property: Description("`Individual` (one evaluator's own score) or `Moderated` (the buyer's moderated score, which counts).")] ScoreKind Kind,
    string EvaluatorId,
    [property: Description("The score of the bid's method statement, 0–100, to at most 2 decimals.")] decimal Score,
    [property: Description("Why the score was given: required for a moderated score and for one that replaces the evaluator's earlier score; null when none was given.")] string? Reason,
    [property: Description("When the entry was recorded (UTC).")] DateTimeOffset RecordedAt)
{
    internal static MethodStatementScoreResponse From(MethodStatementScore entry) =>
        new(entry.Id.Value, entry.CompetitionId.Value, entry.BidId, entry.Kind, entry.EvaluatorId, entry.Score, entry.Reason, entry.RecordedAt);
}
