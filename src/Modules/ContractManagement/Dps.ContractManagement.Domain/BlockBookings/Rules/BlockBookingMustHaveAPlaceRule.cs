using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.BlockBookings.Rules;

/// <summary>A block books at least one place.</summary>
internal sealed class BlockBookingMustHaveAPlaceRule(int places) : IBusinessRule
{
    public string Message => $"A block books at least one place; {places} is not a block.";

    public bool IsBroken() => places < 1;
}
