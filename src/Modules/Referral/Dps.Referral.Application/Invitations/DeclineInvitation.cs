using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Referral.Domain.Referrals;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Referral.Application.Invitations;

/// <summary>An invited supplier declines, for one of its establishments, with a reason the buyer reads.</summary>
public sealed record DeclineInvitation(Guid ReferralId, Guid EstablishmentId, string Reason) : ICommand<InvitationResponse>;

internal sealed class DeclineInvitationValidator : AbstractValidator<DeclineInvitation>
{
    public DeclineInvitationValidator()
    {
        RuleFor(c => c.EstablishmentId).NotEmpty();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(2000);
    }
}

internal sealed class DeclineInvitationHandler(IReferralDb db, ICurrentActor actor, TimeProvider clock)
    : IRequestHandler<DeclineInvitation, InvitationResponse>
{
    public async Task<InvitationResponse> Handle(DeclineInvitation command, CancellationToken cancellationToken)
    {
        var referralId = ReferralId.From(command.ReferralId);
        var invitation = await db.Invitations.SingleOrDefaultAsync(
                i => i.ReferralId == referralId && i.EstablishmentId == command.EstablishmentId, cancellationToken);
        if (invitation is null || !actor.ActsForSupplier(invitation.SupplierId))
        {
            throw new NotFoundException("Invitation", command.EstablishmentId);
        }

        var referral = await db.Referrals.AsNoTracking().SingleAsync(r => r.Id == referralId, cancellationToken);
        invitation.Decline(referral, command.Reason.Trim(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return InvitationResponse.From(invitation, referral);
    }
}
