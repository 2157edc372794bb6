using Dps.BuildingBlocks.Application.Messaging;
using Dps.Qualification.IntegrationEvents;
using Dps.Referral.Domain.Bids;
using Dps.Referral.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Dps.Referral.Application.Bids;

/// <summary>
/// A member suspended after publication can no longer bid, and its live bids on referrals of that category that are
/// still open are withdrawn, with the suspension's reason recorded. Bids on closed referrals stand: they were made
/// while it was a member, and Evaluation already has them.
/// </summary>
internal sealed class WithdrawBidsWhenMembershipSuspended(IReferralDb db, TimeProvider clock)
    : IntegrationEventHandler<MembershipSuspendedIntegrationEvent>(db)
{
    protected override async Task HandleOnceAsync(MembershipSuspendedIntegrationEvent suspended, CancellationToken cancellationToken)
    {
        var live = await db.Bids
            .Where(b => b.EstablishmentId == suspended.EstablishmentId && b.Status == BidStatus.Submitted)
            .Where(b => db.Referrals.Any(r => r.Id == b.ReferralId && r.CategoryId == suspended.CategoryId && r.Status == ReferralStatus.Published))
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var bid in live)
        {
            var referral = await db.ShareLockReferralAsync(bid.ReferralId, cancellationToken);
            if (referral.Status == ReferralStatus.Published && now < referral.ResponseDeadline)
            {
                bid.Withdraw(referral, $"The establishment's membership of the category was suspended: {suspended.Reason}", now);
            }
        }
    }
}
