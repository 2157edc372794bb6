using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Referral.Application.Referrals;
using Dps.Referral.Domain.Clarifications;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Referral.Application.Clarifications;

/// <summary>
/// A referral's questions, oldest first. Its buyers, the manager and auditors read every question with who asked; an
/// invited supplier reads its own questions and every publicly answered one, without who asked it.
/// </summary>
public sealed record ListQuestions(Guid ReferralId, int Page, int PageSize) : IQuery<Paged<ClarificationResponse>>, IPagedQuery;

internal sealed class ListQuestionsValidator : AbstractValidator<ListQuestions>
{
    public ListQuestionsValidator() => Include(PagingRules.Instance);
}

internal sealed class ListQuestionsHandler(IReferralDb db, ICurrentActor actor) : IRequestHandler<ListQuestions, Paged<ClarificationResponse>>
{
    public async Task<Paged<ClarificationResponse>> Handle(ListQuestions query, CancellationToken cancellationToken)
    {
        var referral = await db.GetReadableAsync(actor, query.ReferralId, cancellationToken);
        var seesAll = actor.OverseesAll() || actor.ActsForAuthority(referral.AuthorityId);
        var supplierId = seesAll ? null : actor.OwnSupplierId();
        var questions = db.Clarifications.AsNoTracking().Where(c => c.ReferralId == referral.Id);
        if (!seesAll)
        {
            questions = questions.Where(c => c.AskerSupplierId == supplierId || c.Visibility == AnswerVisibility.Public);
        }

        return await questions.OrderBy(c => c.AskedAt).ThenBy(c => c.Id).ToPagedAsync(
            query,
            c => ClarificationResponse.From(c, namesAsker: seesAll || c.AskerSupplierId == supplierId, askedByReader: c.AskerSupplierId == supplierId),
            cancellationToken);
    }
}
