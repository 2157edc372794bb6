using System.Collections.Frozen;

namespace Dps.BuildingBlocks.Domain.Calendar;

/// <summary>
/// Working days (Monday to Friday, bank holidays excluded) over the years its holiday data covers: from the year of
/// the first holiday to the year of the last. Asking about any other year throws, so a deadline is never computed
/// without its holidays.
/// </summary>
public sealed class WorkingDayCalendar
{
    private const string UnnamedHoliday = "Holiday";

    private readonly FrozenDictionary<DateOnly, BankHoliday> holidaysByDate;

    /// <summary>A calendar from holiday dates alone; each is named "Holiday".</summary>
    public WorkingDayCalendar(IEnumerable<DateOnly> holidays)
        : this(Named(holidays))
    {
    }

    public WorkingDayCalendar(IEnumerable<BankHoliday> holidays)
    {
        ArgumentNullException.ThrowIfNull(holidays);

        var sorted = holidays.OrderBy(h => h.Date).ToList();
        if (sorted.Count == 0)
        {
            throw new ArgumentException("A working-day calendar needs at least one holiday: the holidays set the years it covers.", nameof(holidays));
        }

        foreach (var holiday in sorted)
        {
            if (string.IsNullOrWhiteSpace(holiday.Name))
            {
                throw new ArgumentException($"The holiday on {holiday.Date:yyyy-MM-dd} has no name.", nameof(holidays));
            }
        }

        var repeated = sorted.GroupBy(h => h.Date).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ArgumentException($"{repeated.Key:yyyy-MM-dd} is listed as a holiday more than once.", nameof(holidays));
        }

        FirstYear = sorted[0].Date.Year;
        LastYear = sorted[^1].Date.Year;

        var yearsListed = sorted.Select(h => h.Date.Year).ToHashSet();
        var missing = Enumerable.Range(FirstYear, LastYear - FirstYear + 1).FirstOrDefault(y => !yearsListed.Contains(y));
        if (missing != 0)
        {
            throw new ArgumentException(
                $"The holiday data lists no holiday in {missing}, a year inside the range it covers ({FirstYear} to {LastYear}).",
                nameof(holidays));
        }

        Holidays = sorted.AsReadOnly();
        holidaysByDate = sorted.ToFrozenDictionary(h => h.Date);
    }

    /// <summary>The first year whose holidays the calendar knows.</summary>
    public int FirstYear { get; }

    /// <summary>The last year whose holidays the calendar knows.</summary>
    public int LastYear { get; }

    /// <summary>Every holiday the calendar knows, in date order.</summary>
    public IReadOnlyList<BankHoliday> Holidays { get; }

    public bool Covers(DateOnly day) => day.Year >= FirstYear && day.Year <= LastYear;

    /// <summary>The holiday on <paramref name="day"/>, or null if it is none.</summary>
    /// <exception cref="InvalidOperationException">The calendar does not cover <paramref name="day"/>'s year.</exception>
    public BankHoliday? HolidayOn(DateOnly day)
    {
        EnsureCovered(day);
        return holidaysByDate.GetValueOrDefault(day);
    }

    /// <summary>Monday to Friday and not a holiday.</summary>
    /// <exception cref="InvalidOperationException">The calendar does not cover <paramref name="day"/>'s year.</exception>
    public bool IsWorkingDay(DateOnly day)
    {
        EnsureCovered(day);
        return day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidaysByDate.ContainsKey(day);
    }

    /// <summary>
    /// The day that is <paramref name="workingDays"/> working days after <paramref name="start"/>; <paramref name="start"/>
    /// itself never counts, and 0 working days is <paramref name="start"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is negative.</exception>
    /// <exception cref="InvalidOperationException">The count runs into a year the calendar does not cover.</exception>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);

        var day = start;
        var counted = 0;
        while (counted < workingDays)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>The working days after <paramref name="fromExclusive"/> up to and including <paramref name="toInclusive"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="toInclusive"/> is before <paramref name="fromExclusive"/>.</exception>
    /// <exception cref="InvalidOperationException">The span reaches a year the calendar does not cover.</exception>
    public int WorkingDaysBetween(DateOnly fromExclusive, DateOnly toInclusive)
    {
        if (toInclusive < fromExclusive)
        {
            throw new ArgumentOutOfRangeException(
                nameof(toInclusive), toInclusive, $"The end must not be before the start ({fromExclusive:yyyy-MM-dd}).");
        }

        var count = 0;
        for (var day = fromExclusive.AddDays(1); day <= toInclusive; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    private void EnsureCovered(DateOnly day)
    {
        if (!Covers(day))
        {
            throw new InvalidOperationException(
                $"The working-day calendar knows the holidays of {FirstYear} to {LastYear} only; {day:yyyy-MM-dd} is outside them, " +
                $"so working days there cannot be counted. Add the holidays of {day.Year} to the calendar data.");
        }
    }

    private static IEnumerable<BankHoliday> Named(IEnumerable<DateOnly> holidays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        return holidays.Select(d => new BankHoliday(d, UnnamedHoliday));
    }
}
