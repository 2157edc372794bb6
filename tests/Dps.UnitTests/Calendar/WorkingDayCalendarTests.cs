using Dps.BuildingBlocks.Domain.Calendar;

namespace Dps.UnitTests.Calendar;

/// <summary>Working-day arithmetic on a small calendar covering 2025 only, with one made-up holiday.</summary>
public sealed class WorkingDayCalendarTests
{
    private static readonly DateOnly Holiday = Day(2025, 6, 11); // a Wednesday
    private static readonly WorkingDayCalendar Calendar = new([Day(2025, 1, 1), Holiday]);

    [TestCase(2025, 6, 7)]
    [TestCase(2025, 6, 8)]
    public void Weekends_are_not_working_days(int year, int month, int day) =>
        Assert.That(Calendar.IsWorkingDay(Day(year, month, day)), Is.False);

    [TestCase(2025, 6, 9)]
    [TestCase(2025, 6, 10)]
    [TestCase(2025, 6, 12)]
    [TestCase(2025, 6, 13)]
    public void Weekdays_that_are_not_holidays_are_working_days(int year, int month, int day) =>
        Assert.That(Calendar.IsWorkingDay(Day(year, month, day)), Is.True);

    [Test]
    public void A_holiday_on_a_weekday_is_not_a_working_day() =>
        Assert.That(Calendar.IsWorkingDay(Holiday), Is.False);

    [Test]
    public void A_holiday_keeps_its_name()
    {
        var calendar = new WorkingDayCalendar([new BankHoliday(Day(2025, 8, 25), "Summer bank holiday")]);

        Assert.Multiple(() =>
        {
            Assert.That(calendar.HolidayOn(Day(2025, 8, 25)), Is.EqualTo(new BankHoliday(Day(2025, 8, 25), "Summer bank holiday")));
            Assert.That(calendar.HolidayOn(Day(2025, 8, 26)), Is.Null);
        });
    }

    [Test]
    public void Friday_plus_one_working_day_is_monday() =>
        Assert.That(Calendar.AddWorkingDays(Day(2025, 6, 13), 1), Is.EqualTo(Day(2025, 6, 16)));

    [Test]
    public void Adding_working_days_skips_the_weekend() =>
        Assert.That(Calendar.AddWorkingDays(Day(2025, 6, 19), 3), Is.EqualTo(Day(2025, 6, 24)));

    [Test]
    public void Ten_working_days_from_a_monday_without_holidays_is_the_monday_two_weeks_later() =>
        Assert.That(Calendar.AddWorkingDays(Day(2025, 6, 16), 10), Is.EqualTo(Day(2025, 6, 30)));

    [Test]
    public void Adding_working_days_skips_a_holiday() =>
        Assert.That(Calendar.AddWorkingDays(Day(2025, 6, 10), 1), Is.EqualTo(Day(2025, 6, 12)));

    [Test]
    public void The_start_day_never_counts_even_when_it_is_a_weekend_or_holiday()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Calendar.AddWorkingDays(Day(2025, 6, 7), 1), Is.EqualTo(Day(2025, 6, 9)));
            Assert.That(Calendar.AddWorkingDays(Holiday, 1), Is.EqualTo(Day(2025, 6, 12)));
            Assert.That(Calendar.AddWorkingDays(Day(2025, 6, 9), 1), Is.EqualTo(Day(2025, 6, 10)));
        });
    }

    [Test]
    public void Adding_zero_working_days_returns_the_start_even_on_a_weekend()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Calendar.AddWorkingDays(Day(2025, 6, 9), 0), Is.EqualTo(Day(2025, 6, 9)));
            Assert.That(Calendar.AddWorkingDays(Day(2025, 6, 7), 0), Is.EqualTo(Day(2025, 6, 7)));
        });
    }

    [Test]
    public void Adding_a_negative_number_of_working_days_is_refused()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(Day(2025, 6, 9), -1));

        Assert.That(exception!.ParamName, Is.EqualTo("workingDays"));
    }

    [Test]
    public void Working_days_between_count_the_end_but_not_the_start()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Calendar.WorkingDaysBetween(Day(2025, 6, 9), Day(2025, 6, 13)), Is.EqualTo(3)); // Tue, Thu, Fri; Wed is the holiday
            Assert.That(Calendar.WorkingDaysBetween(Day(2025, 6, 13), Day(2025, 6, 16)), Is.EqualTo(1));
            Assert.That(Calendar.WorkingDaysBetween(Day(2025, 6, 13), Day(2025, 6, 15)), Is.Zero);
        });
    }

    [Test]
    public void No_working_days_lie_between_a_day_and_itself() =>
        Assert.That(Calendar.WorkingDaysBetween(Day(2025, 6, 9), Day(2025, 6, 9)), Is.Zero);

    [Test]
    public void Working_days_between_a_later_and_an_earlier_day_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.WorkingDaysBetween(Day(2025, 6, 10), Day(2025, 6, 9)));

    [Test]
    public void Counting_the_working_days_to_a_deadline_gives_back_the_days_added()
    {
        for (var start = Day(2025, 5, 26); start <= Day(2025, 6, 15); start = start.AddDays(1))
        {
            for (var n = 0; n <= 15; n++)
            {
                Assert.That(Calendar.WorkingDaysBetween(start, Calendar.AddWorkingDays(start, n)), Is.EqualTo(n), $"{start} + {n}");
            }
        }
    }

    [Test]
    public void Covered_years_run_from_the_first_to_the_last_year_of_the_holiday_data()
    {
        var calendar = new WorkingDayCalendar([Day(2024, 12, 25), Day(2025, 12, 25), Day(2026, 12, 25)]);

        Assert.Multiple(() =>
        {
            Assert.That(calendar.FirstYear, Is.EqualTo(2024));
            Assert.That(calendar.LastYear, Is.EqualTo(2026));
            Assert.That(calendar.Covers(Day(2024, 1, 1)), Is.True);
            Assert.That(calendar.Covers(Day(2026, 12, 31)), Is.True);
            Assert.That(calendar.Covers(Day(2023, 12, 31)), Is.False);
            Assert.That(calendar.Covers(Day(2027, 1, 1)), Is.False);
        });
    }

    [Test]
    public void Asking_about_a_day_in_a_year_the_calendar_does_not_cover_throws()
    {
        Assert.Multiple(() =>
        {
            var exception = Assert.Throws<InvalidOperationException>(() => Calendar.IsWorkingDay(Day(2026, 1, 5)));
            Assert.That(exception!.Message, Does.Contain("2025 to 2025").And.Contain("2026-01-05"));

            Assert.Throws<InvalidOperationException>(() => Calendar.IsWorkingDay(Day(2024, 12, 31)));
            Assert.Throws<InvalidOperationException>(() => Calendar.HolidayOn(Day(2026, 1, 5)));
        });
    }

    [Test]
    public void A_deadline_running_past_the_covered_years_throws_rather_than_ignore_holidays()
    {
        Assert.Multiple(() =>
        {
            Assert.Throws<InvalidOperationException>(() => Calendar.AddWorkingDays(Day(2025, 12, 24), 10));
            Assert.Throws<InvalidOperationException>(() => Calendar.WorkingDaysBetween(Day(2025, 12, 24), Day(2026, 1, 9)));
        });
    }

    [Test]
    public void A_calendar_without_holidays_is_refused() =>
        Assert.Throws<ArgumentException>(() => _ = new WorkingDayCalendar(Array.Empty<DateOnly>()));

    [Test]
    public void A_year_left_out_inside_the_covered_range_is_refused()
    {
        var exception = Assert.Throws<ArgumentException>(() => _ = new WorkingDayCalendar([Day(2024, 12, 25), Day(2026, 12, 25)]));

        Assert.That(exception!.Message, Does.Contain("2025"));
    }

    [Test]
    public void A_date_listed_twice_is_refused() =>
        Assert.Throws<ArgumentException>(() => _ = new WorkingDayCalendar(
            [new BankHoliday(Day(2025, 12, 25), "Christmas Day"), new BankHoliday(Day(2025, 12, 25), "Christmas Day")]));

    [Test]
    public void A_holiday_without_a_name_is_refused() =>
        Assert.Throws<ArgumentException>(() => _ = new WorkingDayCalendar([new BankHoliday(Day(2025, 12, 25), " ")]));

    private static DateOnly Day(int year, int month, int day) => new(year, month, day);
}
