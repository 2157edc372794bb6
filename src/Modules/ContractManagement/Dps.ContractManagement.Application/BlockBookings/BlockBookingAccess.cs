using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Security;
using Dps.ContractManagement.Domain.BlockBookings;
using Microsoft.EntityFrameworkCore;

namespace Dps.ContractManagement.Application.BlockBookings;

/// <summary>
/// Who sees a block booking: the buyers of its authority, its supplier's staff, the manager and auditors. Anyone else is
/// told it does not exist (404). Only a buyer of its authority draws it down.
/// </summary>
internal static class BlockBookingAccess
{
    public static IQueryable<BlockBooking> VisibleTo(this IContractManagementDb db, ICurrentActor actor)
    {
        var blocks = db.BlockBookings.AsNoTracking();
        if (actor.OverseesAll())
        {
            return blocks;
        }

        var authorityId = actor.OwnAuthorityId();
        var supplierId = actor.OwnSupplierId();
        return blocks.Where(b => (authorityId != null && b.AuthorityId == authorityId) || (supplierId != null && b.SupplierId == supplierId));
    }

    public static async Task<BlockBooking> GetReadableBlockAsync(this IContractManagementDb db, ICurrentActor actor, Guid blockBookingId, CancellationToken cancellationToken) =>
        await db.VisibleTo(actor).SingleOrDefaultAsync(b => b.Id == BlockBookingId.From(blockBookingId), cancellationToken)
        ?? throw new NotFoundException("BlockBooking", blockBookingId);

    /// <summary>The block, tracked and its row locked for the rest of the transaction, if the actor is a buyer of its authority.</summary>
    public static async Task<BlockBooking> GetOwnBlockForUpdateAsync(this IContractManagementDb db, ICurrentActor actor, Guid blockBookingId, CancellationToken cancellationToken)
    {
        var block = await db.LockAsync(BlockBookingId.From(blockBookingId), cancellationToken);
        return block is not null && actor.ActsForAuthority(block.AuthorityId) ? block : throw new NotFoundException("BlockBooking", blockBookingId);
    }
}
