using Dps.BuildingBlocks.Infrastructure.Feed;
using Dps.Referral.Domain.DirectPlacements;
using Microsoft.EntityFrameworkCore;

namespace Dps.Referral.Infrastructure.Feed;

internal sealed class DirectPlacementFeedSource : FeedSource<DirectPlacement>
{
    protected override string Kind => "direct-placement";

    protected override ValueTask<IReadOnlyList<FeedNotice>> DescribeAsync(DirectPlacement placement, string change, DbContext db, CancellationToken cancellationToken) =>
        Only(Notice(change, placement.Id.Value, $"/api/v1/direct-placements/{placement.Id}", new(placement.SupplierId, placement.AuthorityId)));
}
