using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Referral.Domain.Clarifications;
using Dps.Referral.Application.Referrals;
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
        // Locked, answers to one referral are given one at a time: a racing second answer finds the first and names the rule.
        var referral = await db.GetOwnForUpdateAsync(actor, command.ReferralId, cancellationToken);
        var referralId = referral.Id;
        var questionId = ClarificationId.From(command.QuestionId);
        var clarification = await db.Clarifications.SingleOrDefaultAsync(c => c.Id == questionId && c.ReferralId == referralId, cancellationToken)
            ?? throw new NotFoundException("Question", command.QuestionId);
        clarification.Reply(referral, command.Text.Trim(), command.Visibility, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return ClarificationResponse.From(clarification, namesAsker: true, askedByReader: false);
    }
}
