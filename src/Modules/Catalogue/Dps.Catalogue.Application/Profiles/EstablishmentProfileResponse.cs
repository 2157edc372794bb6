using System.ComponentModel;
using Dps.Catalogue.Domain.Listings;
using Dps.Catalogue.Domain.Taxonomies;

namespace Dps.Catalogue.Application.Profiles;

/// <summary>What an establishment offers in one category it is listed in.</summary>
public sealed record CategoryProfileResponse(
    Guid CategoryId,
    Guid DpsId,
    [property: Description("The category's name; null until the category's taxonomy is open.")] string? CategoryName,
    [property: Description("The current revision of the category's taxonomy, whose codes the needs and features are; null until the taxonomy is open.")] int? TaxonomyRevision,
    [property: Description("The establishment's membership of the category as last learnt from qualification: `Active` (buyers find it in search), `Suspended` or `Removed`.")] ListingStatus Status,
    [property: Description("Codes of the category's needs it can meet, in the taxonomy's order.")] IReadOnlyList<string> Needs,
    [property: Description("Codes of the category's features it offers, in the taxonomy's order.")] IReadOnlyList<string> Features,
    [property: Description("Places free now, as its supplier last stated (0 until then); never more than the capacity.")] int Vacancies,
    [property: Description("How many service users (children, participants) it can take, as it stood when admitted.")] int Capacity,
    [property: Description("Its core competency score in the category (0–100), as adjusted since admission.")] decimal Score,
    [property: Description("The version of this category's profile; send it back in `version` to change the profile.")] uint Version);

public sealed record EstablishmentProfileResponse(
    Guid EstablishmentId,
    Guid SupplierId,
    [property: Description("The establishment's name, as it stood when last admitted to a category.")] string Name,
    [property: Description("Its UK postcode, as it stood when last admitted to a category.")] string Postcode,
    [property: Description("Its latitude in decimal degrees, from which search measures distance.")] double Latitude,
    [property: Description("Its longitude in decimal degrees, from which search measures distance.")] double Longitude,
    [property: Description("What it offers in each category it is listed in.")] IReadOnlyList<CategoryProfileResponse> Categories)
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
