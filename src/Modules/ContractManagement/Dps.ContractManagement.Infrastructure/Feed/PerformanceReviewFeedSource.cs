using Dps.BuildingBlocks.Infrastructure.Feed;
using Dps.ContractManagement.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace Dps.ContractManagement.Infrastructure.Feed;

internal sealed class PerformanceReviewFeedSource : FeedSource<PerformanceReview>
{
    protected override string Kind => "performance-review";

    protected override ValueTask<IReadOnlyList<FeedNotice>> DescribeAsync(PerformanceReview review, string change, DbContext db, CancellationToken cancellationToken) =>
        Only(Notice(change, review.Id.Value, $"/api/v1/performance-reviews/{review.Id}", new(review.SupplierId, null)));
}
