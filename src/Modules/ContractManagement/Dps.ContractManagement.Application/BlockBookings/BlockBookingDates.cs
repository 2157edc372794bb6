namespace Dps.ContractManagement.Application.BlockBookings;

/// <summary>The days a block's term and its placements may name: far wider than any real block, and far from the calendar's ends.</summary>
internal static class BlockBookingDates
{
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    public static readonly DateOnly Latest = new(2100, 12, 31);
}
