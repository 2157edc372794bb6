using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Referral.Application.Referrals;
using Dps.Referral.Domain.Clarifications;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Referral.Application.Clarifications;

/// <summary>One question of a referral, to whoever <see cref="ListQuestions"/> shows it to, named or anonymised alike.</summary>
public sealed record GetQuestion(Guid ReferralId, Guid QuestionId) : IQuery<ClarificationResponse>;

internal sealed class GetQuestionHandler(IReferralDb db, ICurrentActor actor) : IRequestHandler<GetQuestion, ClarificationResponse>
{
    public async Task<ClarificationResponse> Handle(GetQuestion query, CancellationToken cancellationToken)
    {
        var referral = await db.GetReadableAsync(actor, query.ReferralId, cancellationToken);
        var seesAll = actor.OverseesAll() || actor.ActsForAuthority(referral.AuthorityId);
        var supplierId = seesAll ? null : actor.OwnSupplierId();
        var questionId = ClarificationId.From(query.QuestionId);
        var clarification = await db.Clarifications.AsNoTracking().SingleOrDefaultAsync(c => c.Id == questionId && c.ReferralId == referral.Id, cancellationToken);
        if (clarification is null || !(seesAll || clarification.AskerSupplierId == supplierId || clarification.Visibility == AnswerVisibility.Public))
        {
            throw new NotFoundException("Question", query.QuestionId);
        }

        var own = clarification.AskerSupplierId == supplierId;
        return ClarificationResponse.From(clarification, namesAsker: seesAll || own, askedByReader: own);
    }
}
