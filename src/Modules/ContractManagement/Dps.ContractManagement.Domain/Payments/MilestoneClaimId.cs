using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.Payments;

public readonly record struct MilestoneClaimId(Guid Value) : ITypedId<MilestoneClaimId>
{
    public static MilestoneClaimId From(Guid value) => new(value);

    public static MilestoneClaimId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
