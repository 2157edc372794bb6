using Dps.BuildingBlocks.Domain;

namespace Dps.Referral.Domain.Invitations.Rules;

internal sealed class InvitationMayBeDeclinedOnceRule(DateTimeOffset? declinedAt) : IBusinessRule
{
    public string Message => $"This invitation was already declined at {declinedAt:u}.";

    public bool IsBroken() => declinedAt is not null;

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;
}
