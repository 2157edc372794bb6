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
    public static async Task<Contract> GetOwnForUpdateAsync(this IContractManagementDb db, ICurrentActor actor, Guid contractId, CancellationToken cancellationToken)
    {
        var contract = await db.LockAsync(ContractId.From(contractId), cancellationToken);
        return contract is not null && actor.ActsForAuthority(contract.AuthorityId) ? contract : throw new NotFoundException("Contract", contractId);
    }

    /// <summary>The contract, tracked and locked for the rest of the transaction, if the actor is its supplier's staff (who claim and invoice).</summary>
    public static async Task<Contract> GetSuppliedForUpdateAsync(this IContractManagementDb db, ICurrentActor actor, Guid contractId, CancellationToken cancellationToken)
    {
        var contract = await db.LockAsync(ContractId.From(contractId), cancellationToken);
        return contract is not null && actor.ActsForSupplier(contract.SupplierId) ? contract : throw new NotFoundException("Contract", contractId);
    }

    /// <summary>As <see cref="GetOwnForUpdateAsync"/>, for a buyer of its authority or the DPS manager, who both monitor it.</summary>
    public static async Task<Contract> GetForMonitoringAsync(this IContractManagementDb db, ICurrentActor actor, Guid contractId, CancellationToken cancellationToken)
    {
        var contract = await db.LockAsync(ContractId.From(contractId), cancellationToken);
        return contract is not null && (actor.ActsForAuthority(contract.AuthorityId) || actor.HasRole(DpsRoles.Manager))
            ? contract
            : throw new NotFoundException("Contract", contractId);
    }
}
