using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.BlockBookings.Rules;

/// <summary>A block names the DPS and supplier the establishment is a member through, not others.</summary>
internal sealed class BlockBookingPartiesMustMatchTheMembershipRule(BlockBookingParties parties, BlockMembership membership) : IBusinessRule
{
    public string Message => parties.DpsId != membership.DpsId
        ? $"The category is on DPS {membership.DpsId}, not {parties.DpsId} (dpsId)."
        : $"The establishment is run by supplier {membership.SupplierId}, not {parties.SupplierId} (supplierId).";

    public bool IsBroken() => parties.DpsId != membership.DpsId || parties.SupplierId != membership.SupplierId;
}
