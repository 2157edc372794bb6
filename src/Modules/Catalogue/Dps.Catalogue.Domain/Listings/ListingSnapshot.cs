namespace Dps.Catalogue.Domain.Listings;

/// <summary>What Qualification told the Catalogue about an establishment when it was admitted to a category, and when.</summary>
public sealed record ListingSnapshot(
    Guid MembershipId,
    Guid EstablishmentId,
    Guid SupplierId,
    Guid DpsId,
    Guid CategoryId,
    string Name,
    string Postcode,
    double Latitude,
    double Longitude,
    int Capacity,
    decimal Score,
    DateTimeOffset AdmittedAt);
