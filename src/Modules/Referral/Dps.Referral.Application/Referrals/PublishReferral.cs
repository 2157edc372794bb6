using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Referral.Application.Invitations;
using MediatR;

namespace Dps.Referral.Application.Referrals;

/// <summary>
/// The buyer publishes a draft referral: at that moment every active member establishment of the category within the
/// geographic limit is invited, and the decision on every member is recorded.
/// </summary>
public sealed record PublishReferral(Guid ReferralId, uint? ExpectedVersion) : ICommand<ReferralResponse>;

internal sealed class PublishReferralHandler(IReferralDb db, ICurrentActor actor, InvitationRounds rounds, TimeProvider clock)
    : IRequestHandler<PublishReferral, ReferralResponse>
{
    public async Task<ReferralResponse> Handle(PublishReferral command, CancellationToken cancellationToken)
    {
        var referral = await db.GetOwnForUpdateAsync(actor, command.ReferralId, cancellationToken);
        db.ExpectVersion(referral, command.ExpectedVersion);
        var now = clock.GetUtcNow();
        var category = await rounds.CategoryOfAsync(referral, cancellationToken);
        referral.Publish(category.ResponsePeriod, now);
        await rounds.InviteAsync(referral, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ReferralResponse.From(referral, declined: 0);
    }
}
