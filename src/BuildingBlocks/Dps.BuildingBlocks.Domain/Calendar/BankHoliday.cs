namespace Dps.BuildingBlocks.Domain.Calendar;

/// <summary>A day that is not a working day although it falls Monday to Friday, e.g. <c>2025-12-25 Christmas Day</c>.</summary>
public sealed record BankHoliday(DateOnly Date, string Name)
{
    public override string ToString() => $"{Date:yyyy-MM-dd} {Name}";
}
