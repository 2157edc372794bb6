using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.BlockBookings;

public readonly record struct BlockBookingId(Guid Value) : ITypedId<BlockBookingId>
{
    public static BlockBookingId From(Guid value) => new(value);

    public static BlockBookingId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
