using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Referral.Application.Referrals;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Referral.Application.Clarifications;

/// <summary>A referral's questions, oldest first, as <see cref="QuestionReader"/> shows them to the actor.</summary>
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
        var reader = QuestionReader.Of(actor, referral);
        return await db.Clarifications.AsNoTracking().Where(c => c.ReferralId == referral.Id).Where(reader.MaySee)
            .OrderBy(c => c.AskedAt).ThenBy(c => c.Id)
            .ToPagedAsync(query, reader.Show, cancellationToken);
    }
}
