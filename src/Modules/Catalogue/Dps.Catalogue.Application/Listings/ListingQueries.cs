using Dps.Catalogue.Domain.Listings;
using Microsoft.EntityFrameworkCore;

namespace Dps.Catalogue.Application.Listings;

internal static class ListingQueries
{
    public static Task<ListedEstablishment?> FindListingAsync(
        this IQueryable<ListedEstablishment> listings, Guid establishmentId, Guid categoryId, CancellationToken cancellationToken) =>
        listings.SingleOrDefaultAsync(l => l.EstablishmentId == establishmentId && l.CategoryId == categoryId, cancellationToken);

    /// <summary>The listing a membership event is about; until its admission has arrived, the event waits in the outbox.</summary>
    public static async Task<ListedEstablishment> GetListingAsync(
        this IQueryable<ListedEstablishment> listings, Guid membershipId, Guid establishmentId, Guid categoryId, CancellationToken cancellationToken) =>
        await listings.FindListingAsync(establishmentId, categoryId, cancellationToken)
        ?? throw new MembershipNotYetListedException(membershipId, establishmentId, categoryId);
}
