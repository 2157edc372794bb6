using Dps.BuildingBlocks.Infrastructure.Feed;
using Dps.Referral.Domain.Bids;
using Dps.Referral.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Dps.Referral.Infrastructure.Feed;

/// <summary>
/// The bidder follows its bid (its receipt included); the buyer learns only that the referral's bid count changed, as
/// the sealed bids allow, and not of revisions.
/// </summary>
internal sealed class BidFeedSource : FeedSource<Bid>
{
    protected override string Kind => "bid";

    protected override async ValueTask<IReadOnlyList<FeedNotice>> DescribeAsync(Bid bid, string change, DbContext db, CancellationToken cancellationToken)
    {
        var own = Notice(change, bid.Id.Value, $"/api/v1/bids/{bid.Id}", new(bid.SupplierId, null));
        if (change == "changed" || await db.Set<ReferralCase>().FindAsync([bid.ReferralId], cancellationToken) is not { } referral)
        {
            return [own];
        }

        var count = new FeedNotice(
            "referral.bid-count-changed", "referral", referral.Id.Value, $"/api/v1/referrals/{referral.Id}/bids", new(null, referral.AuthorityId), ResourceChanged: false);
        return [own, count];
    }
}
