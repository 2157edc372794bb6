namespace Dps.BuildingBlocks.Application;

public static class ClockExtensions
{
    /// <summary>Today's date where the scheme runs: dates of validity and deadlines are local dates, not UTC ones.</summary>
    public static DateOnly Today(this TimeProvider clock, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
}
