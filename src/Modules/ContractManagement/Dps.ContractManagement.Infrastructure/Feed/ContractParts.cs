using Dps.BuildingBlocks.Infrastructure.Feed;
using Dps.ContractManagement.Domain.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Dps.ContractManagement.Infrastructure.Feed;

/// <summary>What is recorded against a contract (claims, invoices, outcomes) is seen by the contract's two parties.</summary>
internal static class ContractParts
{
    public static async ValueTask<FeedAudience?> PartiesAsync(DbContext db, ContractId contractId, CancellationToken cancellationToken) =>
        await db.Set<Contract>().FindAsync([contractId], cancellationToken) is { } contract
            ? new FeedAudience(contract.SupplierId, contract.AuthorityId)
            : null;
}
