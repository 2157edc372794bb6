using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Referral.Domain.Clarifications;
using Dps.Referral.Domain.Referrals;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Referral.Application.Clarifications;

/// <summary>
/// A buyer of the referral's authority answers a question once: publicly, to every invitee without naming who asked, or
/// privately, to the asker only.
/// </summary>
public sealed record AnswerQuestion(Guid ReferralId, Guid QuestionId, string Text, AnswerVisibility Visibility) : ICommand<ClarificationResponse>;

internal sealed class AnswerQuestionValidator : AbstractValidator<AnswerQuestion>
{
    public AnswerQuestionValidator()
    {
        RuleFor(c => c.Text).NotEmpty().MaximumLength(4000);
        RuleFor(c => c.Visibility).IsInEnum();
    }
}

internal sealed class AnswerQuestionHandler(IReferralDb db, ICurrentActor actor, TimeProvider clock) : IRequestHandler<AnswerQuestion, ClarificationResponse>
{
    public async Task<ClarificationResponse> Handle(AnswerQuestion command, CancellationToken cancellationToken)
    {
        var referralId = ReferralId.From(command.ReferralId);
        var referral = await db.Referrals.AsNoTracking().SingleOrDefaultAsync(r => r.Id == referralId, cancellationToken);
        if (referral is null || !actor.ActsForAuthority(referral.AuthorityId))
        {
            throw new NotFoundException("Referral", command.ReferralId);
        }

        var questionId = ClarificationId.From(command.QuestionId);
        var clarification = await db.Clarifications.SingleOrDefaultAsync(c => c.Id == questionId && c.ReferralId == referralId, cancellationToken)
            ?? throw new NotFoundException("Question", command.QuestionId);
        clarification.Reply(referral, command.Text.Trim(), command.Visibility, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return ClarificationResponse.From(clarification, namesAsker: true, askedByReader: false);
    }
}
