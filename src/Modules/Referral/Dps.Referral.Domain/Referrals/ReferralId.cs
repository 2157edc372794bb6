using Dps.BuildingBlocks.Domain;

namespace Dps.Referral.Domain.Referrals;

public readonly record struct ReferralId(Guid Value) : ITypedId<ReferralId>
{
    public static ReferralId From(Guid value) => new(value);

    public static ReferralId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
