using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.BlockBookings.Rules;

/// <summary>Places are reserved only with an active member of the category: the DPS buys from its members alone.</summary>
internal sealed class BlockedEstablishmentMustBeAnActiveMemberRule(string standing) : IBusinessRule
{
    public string Message => $"The establishment's membership of the category is {standing}: places are reserved only with an active member.";

    public bool IsBroken() => standing != BlockMembership.Active;

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;
}
