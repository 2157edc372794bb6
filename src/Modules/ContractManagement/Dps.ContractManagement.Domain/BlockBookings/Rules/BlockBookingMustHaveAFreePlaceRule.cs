using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.BlockBookings.Rules;

/// <summary>A block is drawn down no further than its places; a full block takes no more placements (a check constraint guards it too).</summary>
internal sealed class BlockBookingMustHaveAFreePlaceRule(int places, int placesUsed) : IBusinessRule
{
    public string Message => $"The block is full: all {places} of its places are used.";

    public bool IsBroken() => placesUsed >= places;

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;
}
