namespace Dps.ContractManagement.Domain.BlockBookings;

/// <summary>The establishment's membership of the block's category, as Qualification answers it now: its DPS, its supplier and its standing.</summary>
public sealed record BlockMembership(Guid DpsId, Guid SupplierId, string Standing)
{
    public const string Active = "Active";
}
