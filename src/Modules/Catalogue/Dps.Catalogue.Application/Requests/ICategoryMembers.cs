using Dps.Catalogue.IntegrationEvents.Requests;

namespace Dps.Catalogue.Application.Requests;

/// <summary>Measures every active and suspended listing of a category from a point in the database, as the search measures.</summary>
public interface ICategoryMembers
{
    /// <summary>Ordered by distance, then name, then establishment id.</summary>
    Task<IReadOnlyList<CategoryMember>> FromAsync(Guid categoryId, double latitude, double longitude, double radiusMiles, CancellationToken cancellationToken);
}
