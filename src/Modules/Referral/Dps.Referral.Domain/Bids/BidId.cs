using Dps.BuildingBlocks.Domain;

namespace Dps.Referral.Domain.Bids;

public readonly record struct BidId(Guid Value) : ITypedId<BidId>
{
    public static BidId From(Guid value) => new(value);

    public static BidId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
