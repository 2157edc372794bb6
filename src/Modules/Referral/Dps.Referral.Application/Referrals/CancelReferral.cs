using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Referral.IntegrationEvents;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Referral.Application.Referrals;

/// <summary>The buyer cancels a referral before award, with a reason its invitees see and are told of by an event.</summary>
public sealed record CancelReferral(Guid ReferralId, string Reason, uint? ExpectedVersion) : ICommand<ReferralResponse>;

internal sealed class CancelReferralValidator : AbstractValidator<CancelReferral>
{
    public CancelReferralValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(2000);
}

internal sealed class CancelReferralHandler(IReferralDb db, ICurrentActor actor, TimeProvider clock)
    : IRequestHandler<CancelReferral, ReferralResponse>
{
    public async Task<ReferralResponse> Handle(CancelReferral command, CancellationToken cancellationToken)
    {
        var referral = await db.GetOwnForUpdateAsync(actor, command.ReferralId, cancellationToken);
        db.ExpectVersion(referral, command.ExpectedVersion);
        referral.Cancel(command.Reason.Trim(), clock.GetUtcNow());
        var invitees = await db.Invitations.AsNoTracking().Where(i => i.ReferralId == referral.Id)
            .OrderBy(i => i.EstablishmentId).Select(i => new CancelledInvitee(i.EstablishmentId, i.SupplierId)).ToListAsync(cancellationToken);
        db.AddToOutbox(new ReferralCancelledIntegrationEvent(
            Guid.NewGuid(), referral.CancelledAt!.Value, referral.Id.Value, referral.DpsId, referral.CategoryId, referral.AuthorityId,
            referral.CancellationReason!, referral.CancelledAt.Value, invitees));
        await db.SaveChangesAsync(cancellationToken);
        return await db.ResponseAsync(referral, cancellationToken);
    }
}
