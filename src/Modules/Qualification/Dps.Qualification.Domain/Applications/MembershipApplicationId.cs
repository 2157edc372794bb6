using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.Applications;

public readonly record struct MembershipApplicationId(Guid Value) : ITypedId<MembershipApplicationId>
{
    public static MembershipApplicationId From(Guid value) => new(value);

    public static MembershipApplicationId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
