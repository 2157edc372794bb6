using Dps.BuildingBlocks.Domain;

namespace Dps.Catalogue.Domain.Offers;

public readonly record struct OfferId(Guid Value) : ITypedId<OfferId>
{
    public static OfferId From(Guid value) => new(value);

    public static OfferId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
