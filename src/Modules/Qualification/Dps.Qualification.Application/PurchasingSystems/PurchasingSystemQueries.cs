using Dps.BuildingBlocks.Application.Errors;
using Dps.Qualification.Domain.PurchasingSystems;
using Microsoft.EntityFrameworkCore;

namespace Dps.Qualification.Application.PurchasingSystems;

internal static class PurchasingSystemQueries
{
    public static async Task<DynamicPurchasingSystem> GetAsync(
        this IQueryable<DynamicPurchasingSystem> purchasingSystems, Guid dpsId, CancellationToken cancellationToken) =>
        await purchasingSystems.SingleOrDefaultAsync(d => d.Id == DpsId.From(dpsId), cancellationToken)
        ?? throw new NotFoundException("DPS", dpsId);
}
