using Dps.Evaluation.Domain.MethodStatements;

namespace Dps.Evaluation.Application.MethodStatements;

/// <summary>One entry of a bid's method-statement score: whose, of which kind, the score (0–100), why, and when.</summary>
public sealed record MethodStatementScoreResponse(
    Guid Id, Guid ReferralId, Guid BidId, ScoreKind Kind, string EvaluatorId, decimal Score, string? Reason, DateTimeOffset RecordedAt)
{
    internal static MethodStatementScoreResponse From(MethodStatementScore entry) =>
        new(entry.Id.Value, entry.CompetitionId.Value, entry.BidId, entry.Kind, entry.EvaluatorId, entry.Score, entry.Reason, entry.RecordedAt);
}
