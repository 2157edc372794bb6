using Dps.BuildingBlocks.Infrastructure.Feed;
using Dps.ContractManagement.Domain.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Dps.ContractManagement.Infrastructure.Feed;

/// <summary>Both parties follow a contract: its award (<c>contract.active</c>), completion and termination.</summary>
internal sealed class ContractFeedSource : FeedSource<Contract>
{
    protected override string Kind => "contract";

    protected override ValueTask<IReadOnlyList<FeedNotice>> DescribeAsync(Contract contract, string change, DbContext db, CancellationToken cancellationToken) =>
        Only(Notice(change, contract.Id.Value, $"/api/v1/contracts/{contract.Id}", new(contract.SupplierId, contract.AuthorityId)));
}
