using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.Memberships.Rules;

internal sealed class RemovedMembershipCannotChangeRule(MembershipStatus status) : IBusinessRule
{
    public string Message => "The membership has been removed; it can no longer change.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => status == MembershipStatus.Removed;
}
