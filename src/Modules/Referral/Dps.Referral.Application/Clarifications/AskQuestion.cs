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
/// An invited supplier asks the buyer a question while the referral takes responses, for one of its invited
/// establishments or, with none named, for itself.
/// </summary>
public sealed record AskQuestion(Guid ReferralId, Guid? EstablishmentId, string Text) : ICommand<ClarificationResponse>;

internal sealed class AskQuestionValidator : AbstractValidator<AskQuestion>
{
    public AskQuestionValidator()
    {
        RuleFor(c => c.EstablishmentId).NotEqual(Guid.Empty);
        RuleFor(c => c.Text).NotEmpty().MaximumLength(4000);
    }
}

internal sealed class AskQuestionHandler(IReferralDb db, ICurrentActor actor, TimeProvider clock) : IRequestHandler<AskQuestion, ClarificationResponse>
{
    public async Task<ClarificationResponse> Handle(AskQuestion command, CancellationToken cancellationToken)
    {
        var referralId = ReferralId.From(command.ReferralId);
        var supplierId = actor.OwnSupplierId() ?? throw new NotFoundException("Referral", command.ReferralId);
        var invitations = await db.Invitations.AsNoTracking()
            .Where(i => i.ReferralId == referralId && i.SupplierId == supplierId)
            .Where(i => command.EstablishmentId == null || i.EstablishmentId == command.EstablishmentId)
            .Select(i => new { i.EstablishmentId, i.EstablishmentName })
            .ToListAsync(cancellationToken);
        if (invitations.Count == 0)
        {
            throw new NotFoundException(command.EstablishmentId is null ? "Referral" : "Invitation", command.EstablishmentId ?? command.ReferralId);
        }

        var referral = await db.Referrals.AsNoTracking().SingleAsync(r => r.Id == referralId, cancellationToken);
        var named = command.EstablishmentId is null ? null : invitations[0];
        var clarification = Clarification.Ask(referral, supplierId, named?.EstablishmentId, named?.EstablishmentName, command.Text.Trim(), clock.GetUtcNow());
        db.Clarifications.Add(clarification);
        await db.SaveChangesAsync(cancellationToken);
        return ClarificationResponse.From(clarification, namesAsker: true, askedByReader: true);
    }
}
