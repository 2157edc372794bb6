using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.Uplifts;

public readonly record struct UpliftId(Guid Value) : ITypedId<UpliftId>
{
    public static UpliftId From(Guid value) => new(value);

    public static UpliftId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
