using Dps.BuildingBlocks.Infrastructure.Feed;
using Dps.ContractManagement.Domain.Payments;
using Microsoft.EntityFrameworkCore;

namespace Dps.ContractManagement.Infrastructure.Feed;

internal sealed class MilestoneClaimFeedSource : FeedSource<MilestoneClaim>
{
    protected override string Kind => "claim";

    protected override async ValueTask<IReadOnlyList<FeedNotice>> DescribeAsync(MilestoneClaim claim, string change, DbContext db, CancellationToken cancellationToken) =>
        await ContractParts.PartiesAsync(db, claim.ContractId, cancellationToken) is { } parties
            ? [Notice(change, claim.Id.Value, $"/api/v1/contracts/{claim.ContractId}/milestones", parties)]
            : [];
}
