using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.Establishments;

public readonly record struct EstablishmentId(Guid Value) : ITypedId<EstablishmentId>
{
    public static EstablishmentId From(Guid value) => new(value);

    public static EstablishmentId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
