using Dps.BuildingBlocks.Application.Contracts;

namespace Dps.Catalogue.Application.Contracts;

/// <summary>Where a programme is delivered: a named site with its postcode and, when known, its coordinates.</summary>
public sealed record DeliveryLocation(string Name, string Postcode, double? Latitude, double? Longitude)
    : IRequestContract<Domain.Offers.DeliveryLocation>
{
    public static DeliveryLocation From(Domain.Offers.DeliveryLocation location) =>
        new(location.Name, location.Postcode, location.Latitude, location.Longitude);

    public Domain.Offers.DeliveryLocation ToDomain() => new(Name, Postcode, Latitude, Longitude);
}
