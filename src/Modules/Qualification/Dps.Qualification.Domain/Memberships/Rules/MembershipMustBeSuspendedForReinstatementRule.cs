using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.Memberships.Rules;

internal sealed class MembershipMustBeSuspendedForReinstatementRule(MembershipStatus status) : IBusinessRule
{
    public string Message => $"The membership is {status}; only a suspended member can be reinstated.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => status != MembershipStatus.Suspended;
}
