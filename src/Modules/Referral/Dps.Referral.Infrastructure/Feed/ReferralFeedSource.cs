using Dps.BuildingBlocks.Infrastructure.Feed;
using Dps.Referral.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Dps.Referral.Infrastructure.Feed;

/// <summary>The buyer's authority follows its referrals; invitees learn of them through their invitations.</summary>
internal sealed class ReferralFeedSource : FeedSource<ReferralCase>
{
    protected override string Kind => "referral";

    protected override ValueTask<IReadOnlyList<FeedNotice>> DescribeAsync(ReferralCase referral, string change, DbContext db, CancellationToken cancellationToken) =>
        Only(Notice(change, referral.Id.Value, $"/api/v1/referrals/{referral.Id}", new(null, referral.AuthorityId)));
}
