using Dps.BuildingBlocks.Infrastructure.Feed;
using Dps.ContractManagement.Domain.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace Dps.ContractManagement.Infrastructure.Feed;

internal sealed class OutcomeReportFeedSource : FeedSource<OutcomeReport>
{
    protected override string Kind => "outcome";

    protected override async ValueTask<IReadOnlyList<FeedNotice>> DescribeAsync(OutcomeReport report, string change, DbContext db, CancellationToken cancellationToken) =>
        await ContractParts.PartiesAsync(db, report.ContractId, cancellationToken) is { } parties
            ? [Notice(change, report.Id.Value, $"/api/v1/contracts/{report.ContractId}/outcomes", parties)]
            : [];
}
