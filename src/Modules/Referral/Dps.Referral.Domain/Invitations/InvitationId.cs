using Dps.BuildingBlocks.Domain;

namespace Dps.Referral.Domain.Invitations;

public readonly record struct InvitationId(Guid Value) : ITypedId<InvitationId>
{
    public static InvitationId From(Guid value) => new(value);

    public static InvitationId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
