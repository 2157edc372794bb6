using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.Memberships;

public readonly record struct MembershipId(Guid Value) : ITypedId<MembershipId>
{
    public static MembershipId From(Guid value) => new(value);

    public static MembershipId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
