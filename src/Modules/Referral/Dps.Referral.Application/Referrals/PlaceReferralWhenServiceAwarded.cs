using Dps.BuildingBlocks.Application.Messaging;
using Dps.Referral.Domain.Referrals;
using Dps.Referral.IntegrationEvents;

namespace Dps.Referral.Application.Referrals;

/// <summary>Evaluation awarded a referral's competition or offer match: the referral is placed, and can no longer be cancelled.</summary>
internal sealed class PlaceReferralWhenServiceAwarded(IReferralDb db) : IntegrationEventHandler<ServiceAwardedIntegrationEvent>(db)
{
    protected override async Task HandleOnceAsync(ServiceAwardedIntegrationEvent awarded, CancellationToken cancellationToken)
    {
        if (awarded.ReferralId is not { } referralId)
        {
            return;
        }

        var referral = await db.LockAsync(ReferralId.From(referralId), cancellationToken);
        referral?.Place(awarded.AwardedAt);
    }
}
