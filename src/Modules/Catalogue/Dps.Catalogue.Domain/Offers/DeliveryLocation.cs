namespace Dps.Catalogue.Domain.Offers;

/// <summary>Where a programme is delivered: a named site with its postcode and, when known, its coordinates.</summary>
public sealed record DeliveryLocation(string Name, string Postcode, double? Latitude, double? Longitude);
