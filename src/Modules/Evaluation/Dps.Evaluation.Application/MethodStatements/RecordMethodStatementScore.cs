using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Evaluation.Application.Competitions;
using Dps.Evaluation.Domain.MethodStatements;
using FluentValidation;
using MediatR;

namespace Dps.Evaluation.Application.MethodStatements;

/// <summary>
/// A buyer of the referral's authority scores a compliant bid's method statement (0–100): as one evaluator, or as the
/// moderated score that counts. A new entry, never an edit; a changed or moderated score gives its reason.
/// </summary>
public sealed record RecordMethodStatementScore(Guid ReferralId, Guid BidId, decimal Score, ScoreKind Kind, string? Reason)
    : ICommand<MethodStatementScoreResponse>;

internal sealed class RecordMethodStatementScoreValidator : AbstractValidator<RecordMethodStatementScore>
{
    public RecordMethodStatementScoreValidator()
    {
        RuleFor(c => c.Score).InclusiveBetween(0m, 100m)
            .Must(s => decimal.Round(s, 2) == s).WithMessage("'Score' has at most 2 decimal places.");
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.Reason).MaximumLength(2000);
    }
}

internal sealed class RecordMethodStatementScoreHandler(IEvaluationDb db, ICurrentActor actor, CompetitionScoring scoring, TimeProvider clock)
    : IRequestHandler<RecordMethodStatementScore, MethodStatementScoreResponse>
{
    public async Task<MethodStatementScoreResponse> Handle(RecordMethodStatementScore command, CancellationToken cancellationToken)
    {
        var competition = await db.GetOwnForUpdateAsync(actor, command.ReferralId, cancellationToken);
        var scored = await scoring.ScoreAsync(competition, cancellationToken);
        var bid = scored.Scores.Bids.SingleOrDefault(b => b.BidId == command.BidId) ?? throw new NotFoundException("Bid of the competition", command.BidId);
        var replacesEarlier = scored.Entries.Any(e => e.BidId == command.BidId && e.Kind == command.Kind
            && (command.Kind == ScoreKind.Moderated || e.EvaluatorId == actor.Id));
        var now = clock.GetUtcNow();
        var entry = MethodStatementScore.Record(competition, command.BidId, bid.Compliant, command.Kind, actor.Id, command.Score, command.Reason, replacesEarlier, now);
        db.MethodStatementScores.Add(entry);
        competition.Touch(now);
        await db.SaveChangesAsync(cancellationToken);
        return MethodStatementScoreResponse.From(entry);
    }
}
