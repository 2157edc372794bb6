using Dps.Catalogue.Domain.Listings;
using Dps.Catalogue.Domain.Taxonomies;

namespace Dps.Catalogue.Application.Profiles;

/// <summary>What an establishment offers in one category it is listed in.</summary>
/// <param name="Version">The listing's version; send it back in the update to guard against overwriting a colleague's edit.</param>
public sealed record CategoryProfileResponse(
    Guid CategoryId,
    Guid DpsId,
    string? CategoryName,
    int? TaxonomyRevision,
    ListingStatus Status,
    IReadOnlyList<string> Needs,
    IReadOnlyList<string> Features,
    int Vacancies,
    int Capacity,
    decimal Score,
    uint Version);

public sealed record EstablishmentProfileResponse(
    Guid EstablishmentId,
    Guid SupplierId,
    string Name,
    string Postcode,
    double Latitude,
    double Longitude,
    IReadOnlyList<CategoryProfileResponse> Categories)
{
    public static EstablishmentProfileResponse From(IReadOnlyList<ListedEstablishment> listings, IReadOnlyDictionary<Guid, Taxonomy> taxonomies)
    {
        var latest = listings.MaxBy(l => l.UpdatedAt)!;
        return new EstablishmentProfileResponse(
            latest.EstablishmentId,
            latest.SupplierId,
            latest.Name,
            latest.Postcode,
            latest.Latitude,
            latest.Longitude,
            [.. listings.Select(l => new CategoryProfileResponse(
                l.CategoryId,
                l.DpsId,
                taxonomies.GetValueOrDefault(l.CategoryId)?.CategoryName,
                taxonomies.GetValueOrDefault(l.CategoryId)?.Revision,
                l.Status,
                l.Needs,
                l.Features,
                l.Vacancies,
                l.Capacity,
                l.Score,
                l.Version))]);
    }
}
