using Dps.Catalogue.Domain.Listings;
using Microsoft.EntityFrameworkCore;

namespace Dps.Catalogue.Application.Listings;

internal static class ListingQueries
{
    public static Task<ListedEstablishment?> FindListingAsync(
        this IQueryable<ListedEstablishment> listings, Guid establishmentId, Guid categoryId, CancellationToken cancellationToken) =>
        listings.SingleOrDefaultAsync(l => l.EstablishmentId == establishmentId && l.CategoryId == categoryId, cancellationToken);
}
