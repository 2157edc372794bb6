namespace Dps.Catalogue.Application.Search;

/// <summary>The search criteria, with codes already in the taxonomy's spelling.</summary>
public sealed record SearchCriteria(
    Guid CategoryId,
    double Latitude,
    double Longitude,
    double RadiusMiles,
    IReadOnlyList<string> Needs,
    IReadOnlyList<string> Features,
    string? NameContains,
    int Offset,
    int Limit);

/// <summary>Finds listings by distance in the database (bounding box on indexed coordinates, then exact haversine).</summary>
public interface IEstablishmentSearch
{
    public const double EarthRadiusMiles = 3958.8;

    Task<(IReadOnlyList<EstablishmentSearchResult> Results, int Total)> SearchAsync(SearchCriteria criteria, CancellationToken cancellationToken);
}
