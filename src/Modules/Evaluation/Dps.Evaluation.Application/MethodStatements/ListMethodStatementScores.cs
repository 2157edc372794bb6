using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Evaluation.Application.Competitions;
using Dps.Evaluation.Domain.MethodStatements;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Evaluation.Application.MethodStatements;

/// <summary>
/// A bid's method-statement score entries, oldest first. Evaluators score independently: a buyer sees the other
/// evaluators' own scores on a bid only once it has recorded its own there; moderated scores everyone reading the
/// evaluation sees. The manager and auditors see every entry.
/// </summary>
public sealed record ListMethodStatementScores(Guid ReferralId, Guid BidId, int Page, int PageSize)
    : IQuery<Paged<MethodStatementScoreResponse>>, IPagedQuery;

internal sealed class ListMethodStatementScoresValidator : AbstractValidator<ListMethodStatementScores>
{
    public ListMethodStatementScoresValidator() => Include(PagingRules.Instance);
}

internal sealed class ListMethodStatementScoresHandler(IEvaluationDb db, ICurrentActor actor)
    : IRequestHandler<ListMethodStatementScores, Paged<MethodStatementScoreResponse>>
{
    public async Task<Paged<MethodStatementScoreResponse>> Handle(ListMethodStatementScores query, CancellationToken cancellationToken)
    {
        var competition = await db.GetReadableAsync(actor, query.ReferralId, cancellationToken);
        if (!await db.TenderedBids.AnyAsync(b => b.CompetitionId == competition.Id && b.BidId == query.BidId, cancellationToken))
        {
            throw new NotFoundException("Bid of the competition", query.BidId);
        }

        var entries = db.MethodStatementScores.AsNoTracking().Where(e => e.CompetitionId == competition.Id && e.BidId == query.BidId);
        if (!actor.OverseesAll())
        {
            var evaluator = actor.Id;
            var hasScored = await entries.AnyAsync(e => e.Kind == ScoreKind.Individual && e.EvaluatorId == evaluator, cancellationToken);
            entries = entries.Where(e => e.Kind == ScoreKind.Moderated || e.EvaluatorId == evaluator || hasScored);
        }

        return await entries.OrderBy(e => e.RecordedAt).ThenBy(e => e.Id).ToPagedAsync(query, MethodStatementScoreResponse.From, cancellationToken);
    }
}
