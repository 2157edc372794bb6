using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.PurchasingSystems;

public readonly record struct DpsId(Guid Value) : ITypedId<DpsId>
{
    public static DpsId From(Guid value) => new(value);

    public static DpsId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
