using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.BlockBookings.Rules;

/// <summary>A service user takes one place of a block, not two.</summary>
internal sealed class ServiceUserPlacedOnceInABlockRule(bool alreadyPlaced, string serviceUserReference) : IBusinessRule
{
    public string Message => $"{serviceUserReference} already has a place in this block.";

    public bool IsBroken() => alreadyPlaced;

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;
}
