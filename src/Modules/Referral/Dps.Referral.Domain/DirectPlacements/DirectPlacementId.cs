using Dps.BuildingBlocks.Domain;

namespace Dps.Referral.Domain.DirectPlacements;

public readonly record struct DirectPlacementId(Guid Value) : ITypedId<DirectPlacementId>
{
    public static DirectPlacementId From(Guid value) => new(value);

    public static DirectPlacementId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
