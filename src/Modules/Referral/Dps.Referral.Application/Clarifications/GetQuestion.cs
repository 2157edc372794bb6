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
        var reader = QuestionReader.Of(actor, referral);
        var questionId = ClarificationId.From(query.QuestionId);
        var clarification = await db.Clarifications.AsNoTracking().Where(c => c.Id == questionId && c.ReferralId == referral.Id).Where(reader.MaySee)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Question", query.QuestionId);
        return reader.Show(clarification);
    }
}
