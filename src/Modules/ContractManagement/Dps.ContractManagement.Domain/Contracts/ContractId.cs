using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.Contracts;

public readonly record struct ContractId(Guid Value) : ITypedId<ContractId>
{
    public static ContractId From(Guid value) => new(value);

    public static ContractId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
