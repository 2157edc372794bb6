using Dps.BuildingBlocks.Domain;

namespace Dps.Referral.Domain.Clarifications;

public readonly record struct ClarificationId(Guid Value) : ITypedId<ClarificationId>
{
    public static ClarificationId From(Guid value) => new(value);

    public static ClarificationId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
