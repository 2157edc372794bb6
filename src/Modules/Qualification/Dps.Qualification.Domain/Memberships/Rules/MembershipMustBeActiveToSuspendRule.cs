using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.Memberships.Rules;

internal sealed class MembershipMustBeActiveToSuspendRule(MembershipStatus status) : IBusinessRule
{
    public string Message => $"The membership is {status}; only an active member can be suspended.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => status != MembershipStatus.Active;
}
