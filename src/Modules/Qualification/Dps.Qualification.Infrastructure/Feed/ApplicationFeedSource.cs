using Dps.BuildingBlocks.Infrastructure.Feed;
using Dps.Qualification.Domain.Applications;
using Microsoft.EntityFrameworkCore;

namespace Dps.Qualification.Infrastructure.Feed;

internal sealed class ApplicationFeedSource : FeedSource<MembershipApplication>
{
    protected override string Kind => "application";

    protected override ValueTask<IReadOnlyList<FeedNotice>> DescribeAsync(MembershipApplication application, string change, DbContext db, CancellationToken cancellationToken) =>
        Only(Notice(change, application.Id.Value, $"/api/v1/applications/{application.Id}", new(application.SupplierId.Value, null)));
}
