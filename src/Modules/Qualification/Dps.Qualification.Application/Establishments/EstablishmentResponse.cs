using System.ComponentModel;
using Dps.BuildingBlocks.Application;
using Dps.Qualification.Domain.Establishments;

namespace Dps.Qualification.Application.Establishments;

public sealed record EstablishmentResponse(
    Guid Id,
    Guid SupplierId,
    [property: Description("The establishment's name: a school, home or programme site.")] string Name,
    [property: Description("Its postal address.")] string Address,
    [property: Description("Its UK postcode, upper-case with one space, e.g. RH12 1AB.")] string Postcode,
    [property: Description("Its latitude in decimal degrees (−90 to 90).")] double Latitude,
    [property: Description("Its longitude in decimal degrees (−180 to 180).")] double Longitude,
    [property: Description("Ofsted's unique reference number for it (6 to 8 digits); null when Ofsted does not inspect it.")] string? OfstedUrn,
    [property: Description("Ofsted's overall judgement: `Outstanding`, `Good`, `RequiresImprovement` or `Inadequate`; null when it has none.")] OfstedRating? OfstedRating,
    [property: Description("How many service users (children, participants) it can take.")] int Capacity,
    uint Version) : IVersioned
{
    public static EstablishmentResponse From(Establishment establishment) => new(
        establishment.Id.Value,
        establishment.SupplierId.Value,
        establishment.Name,
        establishment.Address,
        establishment.Postcode,
        establishment.Latitude,
        establishment.Longitude,
        establishment.OfstedUrn,
        establishment.OfstedRating,
        establishment.Capacity,
        establishment.Version);
}
