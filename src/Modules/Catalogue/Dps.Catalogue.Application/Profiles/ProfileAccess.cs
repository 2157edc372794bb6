using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Security;
using Dps.Catalogue.Domain.Listings;
using Microsoft.EntityFrameworkCore;

namespace Dps.Catalogue.Application.Profiles;

/// <summary>
/// A supplier sees and changes only its own establishments' profiles (its token's supplier_id must be the listing's
/// supplier); the manager and auditors read them all. Anyone else is told the profile does not exist.
/// </summary>
internal static class ProfileAccess
{
    /// <summary>The establishment's listings that are not removed, as the actor may see them; 404 when there are none.</summary>
    public static async Task<List<ListedEstablishment>> GetProfileListingsAsync(
        this IQueryable<ListedEstablishment> listings, ICurrentActor actor, Guid establishmentId, bool forChange, CancellationToken cancellationToken)
    {
        var visible = listings.Where(l => l.EstablishmentId == establishmentId && l.Status != ListingStatus.Removed)
            .ScopedToOwnSupplier(actor, seesAll: !forChange && actor.OverseesAll(), id => l => l.SupplierId == id);

        var found = await visible.OrderBy(l => l.CategoryId).ToListAsync(cancellationToken);
        return found.Count > 0 ? found : throw new NotFoundException("Profile of establishment", establishmentId);
    }
}
