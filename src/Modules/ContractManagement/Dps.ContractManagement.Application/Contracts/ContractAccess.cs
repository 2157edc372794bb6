using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Security;
using Dps.ContractManagement.Domain.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Dps.ContractManagement.Application.Contracts;

/// <summary>
/// Who sees a contract: the buyers of its authority, its supplier's staff, the manager and auditors. Anyone else is told
/// it does not exist (404).
/// </summary>
internal static class ContractAccess
{
    public static IQueryable<Contract> VisibleTo(this IContractManagementDb db, ICurrentActor actor)
    {
        var contracts = db.Contracts.AsNoTracking();
        if (actor.OverseesAll())
        {
            return contracts;
        }

        var authorityId = actor.OwnAuthorityId();
        var supplierId = actor.OwnSupplierId();
        return contracts.Where(c => (authorityId != null && c.AuthorityId == authorityId) || (supplierId != null && c.SupplierId == supplierId));
    }

    public static async Task<Contract> GetReadableAsync(this IContractManagementDb db, ICurrentActor actor, Guid contractId, CancellationToken cancellationToken) =>
        await db.VisibleTo(actor).SingleOrDefaultAsync(c => c.Id == ContractId.From(contractId), cancellationToken)
        ?? throw new NotFoundException("Contract", contractId);

    /// <summary>The contract, tracked and locked for the rest of the transaction, if the actor is a buyer of its authority.</summary>
    public static Task<Contract> GetOwnForUpdateAsync(this IContractManagementDb db, ICurrentActor actor, Guid contractId, CancellationToken cancellationToken) =>
        db.LockedForAsync(contractId, c => actor.ActsForAuthority(c.AuthorityId), cancellationToken);

    /// <summary>As <see cref="GetOwnForUpdateAsync"/>, if the actor is its supplier's staff (who claim and invoice).</summary>
    public static Task<Contract> GetSuppliedForUpdateAsync(this IContractManagementDb db, ICurrentActor actor, Guid contractId, CancellationToken cancellationToken) =>
        db.LockedForAsync(contractId, c => actor.ActsForSupplier(c.SupplierId), cancellationToken);

    /// <summary>As <see cref="GetOwnForUpdateAsync"/>, for a buyer of its authority or the DPS manager, who both monitor it.</summary>
    public static Task<Contract> GetForMonitoringAsync(this IContractManagementDb db, ICurrentActor actor, Guid contractId, CancellationToken cancellationToken) =>
        db.LockedForAsync(contractId, c => actor.ActsForAuthority(c.AuthorityId) || actor.HasRole(DpsRoles.Manager), cancellationToken);

    /// <summary>The contract, tracked and locked, if <paramref name="mayChange"/> lets the actor act on it; else 404.</summary>
    private static async Task<Contract> LockedForAsync(this IContractManagementDb db, Guid contractId, Func<Contract, bool> mayChange, CancellationToken cancellationToken)
    {
        var contract = await db.LockAsync(ContractId.From(contractId), cancellationToken);
        return contract is not null && mayChange(contract) ? contract : throw new NotFoundException("Contract", contractId);
    }
}
