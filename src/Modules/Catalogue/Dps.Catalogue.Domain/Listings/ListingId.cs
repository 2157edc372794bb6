using Dps.BuildingBlocks.Domain;

namespace Dps.Catalogue.Domain.Listings;

public readonly record struct ListingId(Guid Value) : ITypedId<ListingId>
{
    public static ListingId From(Guid value) => new(value);

    public static ListingId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
