using System.ComponentModel;
using Dps.BuildingBlocks.Application.Contracts;

namespace Dps.Catalogue.Application.Contracts;

/// <summary>Where a programme is delivered: a named site with its postcode and, when known, its coordinates.</summary>
public sealed record DeliveryLocation(
    [property: Description("The site's name, e.g. Manchester Piccadilly hub.")] string Name,
    [property: Description("The site's UK postcode, e.g. M1 2BN.")] string Postcode,
    [property: Description("The site's latitude in decimal degrees (−90 to 90); null when not given.")] double? Latitude,
    [property: Description("The site's longitude in decimal degrees (−180 to 180); null when not given.")] double? Longitude)
    : IRequestContract<Domain.Offers.DeliveryLocation>
{
    public static DeliveryLocation From(Domain.Offers.DeliveryLocation location) =>
        new(location.Name, location.Postcode, location.Latitude, location.Longitude);

    public Domain.Offers.DeliveryLocation ToDomain() => new(Name, Postcode, Latitude, Longitude);
}
