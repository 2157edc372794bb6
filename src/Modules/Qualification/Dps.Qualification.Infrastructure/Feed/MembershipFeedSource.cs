using Dps.BuildingBlocks.Infrastructure.Feed;
using Dps.Qualification.Domain.Memberships;
using Microsoft.EntityFrameworkCore;

namespace Dps.Qualification.Infrastructure.Feed;

internal sealed class MembershipFeedSource : FeedSource<Membership>
{
    protected override string Kind => "membership";

    protected override ValueTask<IReadOnlyList<FeedNotice>> DescribeAsync(Membership membership, string change, DbContext db, CancellationToken cancellationToken) =>
        Only(Notice(change, membership.Id.Value, $"/api/v1/memberships/{membership.Id}", new(membership.SupplierId.Value, null)));
}
