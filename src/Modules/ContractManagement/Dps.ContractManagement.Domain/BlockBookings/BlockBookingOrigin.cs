namespace Dps.ContractManagement.Domain.BlockBookings;

/// <summary>Where a block booking came from.</summary>
public enum BlockBookingOrigin
{
    /// <summary>An award of more than one place (a competition whose referral asked for a block): the block is that contract's.</summary>
    Award = 1,

    /// <summary>Recorded directly by a buyer of the authority, with a justification.</summary>
    Direct = 2,
}
