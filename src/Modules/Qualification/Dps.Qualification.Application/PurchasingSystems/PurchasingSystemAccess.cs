using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Security;
using Dps.Qualification.Domain.PurchasingSystems;
using Microsoft.EntityFrameworkCore;

namespace Dps.Qualification.Application.PurchasingSystems;

/// <summary>
/// A buyer sees only the DPSs its authority takes part in (as lead or participant), with their categories, criteria and
/// histories; any other DPS answers 404. The manager, auditors and suppliers (who may apply to any DPS) see them all.
/// </summary>
internal static class PurchasingSystemAccess
{
    public static IQueryable<DynamicPurchasingSystem> VisibleTo(this IQueryable<DynamicPurchasingSystem> purchasingSystems, ICurrentActor actor) =>
        purchasingSystems.ScopedToOwnAuthority(actor, seesAll: !actor.SeesOnlyOwnAuthority(), id => d => d.AuthorityIds.Contains(id));

    /// <summary>Before reading what belongs to the DPS: 404 unless it exists and the actor may see it.</summary>
    public static async Task EnsureVisibleAsync(this IQueryable<DynamicPurchasingSystem> purchasingSystems, Guid dpsId, ICurrentActor actor, CancellationToken cancellationToken)
    {
        if (!await purchasingSystems.VisibleTo(actor).AnyAsync(d => d.Id == DpsId.From(dpsId), cancellationToken))
        {
            throw new NotFoundException("DPS", dpsId);
        }
    }
}
