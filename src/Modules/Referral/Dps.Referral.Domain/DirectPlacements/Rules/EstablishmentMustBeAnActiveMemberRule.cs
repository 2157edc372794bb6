using Dps.BuildingBlocks.Domain;

namespace Dps.Referral.Domain.DirectPlacements.Rules;

/// <summary>Only an establishment admitted to the category and neither suspended nor removed may be placed with.</summary>
internal sealed class EstablishmentMustBeAnActiveMemberRule(string standing) : IBusinessRule
{
    public string Message => $"The establishment's membership of the category is {standing}; only an active member may be placed with.";

    public bool IsBroken() => standing != MemberStanding.Active;

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;
}
