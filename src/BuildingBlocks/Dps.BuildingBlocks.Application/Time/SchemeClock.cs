using Dps.BuildingBlocks.Domain.Calendar;

namespace Dps.BuildingBlocks.Application.Time;

/// <summary>
/// The platform's time as the scheme reads it: instants in UTC, dates (validity, deadlines, audits) in the scheme's
/// time zone, and working days on its bank-holiday calendar. Every module injects this rather than working out
/// "today" itself.
/// </summary>
public sealed class SchemeClock(TimeProvider time, TimeZoneInfo zone, WorkingDayCalendar calendar)
{
    public DateTimeOffset UtcNow => time.GetUtcNow();

    /// <summary>Today's date where the scheme runs: not the UTC date, which differs around midnight in summer.</summary>
    public DateOnly Today => DateOf(time.GetUtcNow());

    /// <summary>The scheme's date at an instant.</summary>
    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    public WorkingDayCalendar Calendar => calendar;
}
