using Dps.BuildingBlocks.Application;
using Dps.Qualification.Domain.Establishments;

namespace Dps.Qualification.Application.Establishments;

public sealed record EstablishmentResponse(
    Guid Id,
    Guid SupplierId,
    string Name,
    string Address,
    string Postcode,
    double Latitude,
    double Longitude,
    string? OfstedUrn,
    OfstedRating? OfstedRating,
    int Capacity,
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
