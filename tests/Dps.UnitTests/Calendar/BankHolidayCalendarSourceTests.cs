using Dps.BuildingBlocks.Domain.Calendar;

namespace Dps.UnitTests.Calendar;

/// <summary>The England and Wales bank-holiday data shipped with the platform, and loading a calendar from a file.</summary>
public sealed class BankHolidayCalendarSourceTests
{
    private static readonly WorkingDayCalendar EnglandAndWales = BankHolidayCalendarSource.EnglandAndWales();

    [Test]
    public void England_and_wales_data_covers_2015_to_2030()
    {
        Assert.Multiple(() =>
        {
            Assert.That(EnglandAndWales.FirstYear, Is.EqualTo(2015));
            Assert.That(EnglandAndWales.LastYear, Is.EqualTo(2030));
        });
    }

    [Test]
    public void Every_covered_year_has_at_least_eight_bank_holidays()
    {
        for (var year = 2015; year <= 2030; year++)
        {
            Assert.That(EnglandAndWales.Holidays.Count(h => h.Date.Year == year), Is.GreaterThanOrEqualTo(8), $"{year}");
        }
    }

    [Test]
    public void Only_2022_and_2023_have_extra_bank_holidays()
    {
        var counts = EnglandAndWales.Holidays.GroupBy(h => h.Date.Year).ToDictionary(g => g.Key, g => g.Count());

        Assert.Multiple(() =>
        {
            Assert.That(counts[2022], Is.EqualTo(10), "2022: Platinum Jubilee and the State Funeral");
            Assert.That(counts[2023], Is.EqualTo(9), "2023: the Coronation");
            Assert.That(counts.Where(c => c.Key is not (2022 or 2023)).Select(c => c.Value), Is.All.EqualTo(8));
        });
    }

    [Test]
    public void Every_bank_holiday_falls_on_a_weekday() =>
        Assert.That(
            EnglandAndWales.Holidays.Where(h => h.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday),
            Is.Empty);

    [TestCase(2014, 12, 31)]
    [TestCase(2031, 1, 2)]
    public void Asking_about_a_year_outside_2015_to_2030_throws(int year, int month, int day) =>
        Assert.Throws<InvalidOperationException>(() => EnglandAndWales.IsWorkingDay(new DateOnly(year, month, day)));

    [Test]
    public void A_deadline_in_late_december_2030_cannot_be_computed() =>
        Assert.Throws<InvalidOperationException>(() => EnglandAndWales.AddWorkingDays(new DateOnly(2030, 12, 20), 10));

    [TestCase(2019, 4, 21)]
    [TestCase(2022, 4, 17)]
    [TestCase(2024, 3, 31)]
    [TestCase(2025, 4, 20)]
    [TestCase(2026, 4, 5)]
    public void Good_friday_and_easter_monday_surround_easter_sunday(int year, int month, int day)
    {
        var easterSunday = new DateOnly(year, month, day);

        Assert.Multiple(() =>
        {
            Assert.That(EnglandAndWales.HolidayOn(easterSunday.AddDays(-2))?.Name, Is.EqualTo("Good Friday"));
            Assert.That(EnglandAndWales.HolidayOn(easterSunday.AddDays(1))?.Name, Is.EqualTo("Easter Monday"));
        });
    }

    [Test]
    public void Working_days_skip_easter_2025()
    {
        Assert.Multiple(() =>
        {
            Assert.That(EnglandAndWales.IsWorkingDay(Day(2025, 4, 18)), Is.False, "Good Friday");
            Assert.That(EnglandAndWales.IsWorkingDay(Day(2025, 4, 21)), Is.False, "Easter Monday");
            Assert.That(EnglandAndWales.AddWorkingDays(Day(2025, 4, 17), 1), Is.EqualTo(Day(2025, 4, 22)));
            Assert.That(EnglandAndWales.WorkingDaysBetween(Day(2025, 4, 14), Day(2025, 4, 25)), Is.EqualTo(7));
        });
    }

    [Test]
    public void Christmas_on_a_saturday_moves_its_holidays_to_monday_and_tuesday()
    {
        Assert.Multiple(() =>
        {
            Assert.That(EnglandAndWales.IsWorkingDay(Day(2021, 12, 24)), Is.True, "Christmas Eve is a working day");
            Assert.That(EnglandAndWales.HolidayOn(Day(2021, 12, 27))?.Name, Is.EqualTo("Christmas Day"));
            Assert.That(EnglandAndWales.HolidayOn(Day(2021, 12, 28))?.Name, Is.EqualTo("Boxing Day"));
            Assert.That(EnglandAndWales.IsWorkingDay(Day(2021, 12, 29)), Is.True);
        });
    }

    [Test]
    public void Christmas_on_a_sunday_gives_boxing_day_on_monday_and_a_substitute_tuesday()
    {
        Assert.Multiple(() =>
        {
            Assert.That(EnglandAndWales.HolidayOn(Day(2022, 12, 26))?.Name, Is.EqualTo("Boxing Day"));
            Assert.That(EnglandAndWales.HolidayOn(Day(2022, 12, 27))?.Name, Is.EqualTo("Christmas Day"));
            Assert.That(EnglandAndWales.IsWorkingDay(Day(2022, 12, 28)), Is.True);
        });
    }

    [TestCase(2015)]
    [TestCase(2020)]
    [TestCase(2026)]
    public void Boxing_day_on_a_saturday_moves_its_holiday_to_monday(int year)
    {
        Assert.Multiple(() =>
        {
            Assert.That(EnglandAndWales.HolidayOn(Day(year, 12, 25))?.Name, Is.EqualTo("Christmas Day"));
            Assert.That(EnglandAndWales.HolidayOn(Day(year, 12, 28))?.Name, Is.EqualTo("Boxing Day"));
        });
    }

    [Test]
    public void New_years_day_on_a_weekend_moves_to_the_monday()
    {
        Assert.Multiple(() =>
        {
            Assert.That(EnglandAndWales.HolidayOn(Day(2022, 1, 3))?.Name, Is.EqualTo("New Year's Day"), "Saturday 1 January 2022");
            Assert.That(EnglandAndWales.HolidayOn(Day(2023, 1, 2))?.Name, Is.EqualTo("New Year's Day"), "Sunday 1 January 2023");
        });
    }

    [Test]
    public void Early_may_bank_holiday_2020_moved_to_friday_8_may_for_ve_day()
    {
        Assert.Multiple(() =>
        {
            Assert.That(EnglandAndWales.IsWorkingDay(Day(2020, 5, 8)), Is.False);
            Assert.That(EnglandAndWales.IsWorkingDay(Day(2020, 5, 4)), Is.True);
        });
    }

    [Test]
    public void Platinum_jubilee_2022_made_thursday_2_and_friday_3_june_holidays_instead_of_monday_30_may()
    {
        Assert.Multiple(() =>
        {
            Assert.That(EnglandAndWales.IsWorkingDay(Day(2022, 6, 2)), Is.False);
            Assert.That(EnglandAndWales.IsWorkingDay(Day(2022, 6, 3)), Is.False);
            Assert.That(EnglandAndWales.IsWorkingDay(Day(2022, 5, 30)), Is.True);
        });
    }

    [Test]
    public void State_funeral_of_queen_elizabeth_ii_on_monday_19_september_2022_is_a_holiday() =>
        Assert.That(EnglandAndWales.HolidayOn(Day(2022, 9, 19))?.Name, Does.Contain("State Funeral of Queen Elizabeth II"));

    [Test]
    public void Coronation_of_king_charles_iii_on_monday_8_may_2023_is_a_holiday_as_well_as_early_may()
    {
        Assert.Multiple(() =>
        {
            Assert.That(EnglandAndWales.HolidayOn(Day(2023, 5, 8))?.Name, Does.Contain("coronation of King Charles III"));
            Assert.That(EnglandAndWales.IsWorkingDay(Day(2023, 5, 1)), Is.False);
        });
    }

    [Test]
    public void Decision_due_10_working_days_after_submission_on_wednesday_17_december_2025_is_monday_5_january_2026()
    {
        var submitted = Day(2025, 12, 17);

        // 18, 19, 22, 23, 24, 29, 30, 31 Dec, 2 Jan, 5 Jan: 25 and 26 Dec and 1 Jan are bank holidays.
        var due = EnglandAndWales.AddWorkingDays(submitted, 10);

        Assert.Multiple(() =>
        {
            Assert.That(due, Is.EqualTo(Day(2026, 1, 5)));
            Assert.That(EnglandAndWales.WorkingDaysBetween(submitted, due), Is.EqualTo(10));
        });
    }

    [Test]
    public void Decision_extended_to_15_working_days_after_wednesday_17_december_2025_is_monday_12_january_2026() =>
        Assert.That(EnglandAndWales.AddWorkingDays(Day(2025, 12, 17), 15), Is.EqualTo(Day(2026, 1, 12)));

    [Test]
    public void Calendar_is_read_from_a_file_in_the_gov_uk_shape()
    {
        var path = WriteTempFile("""
            {
              "division": "england-and-wales",
              "events": [
                { "date": "2025-12-25", "title": "Christmas Day", "notes": "", "bunting": true },
                { "date": "2025-12-26", "title": "Boxing Day", "notes": "", "bunting": true },
                { "date": "2026-01-01", "title": "New Year's Day", "notes": "", "bunting": true }
              ]
            }
            """);
        try
        {
            var calendar = BankHolidayCalendarSource.FromJsonFile(path);

            Assert.Multiple(() =>
            {
                Assert.That(calendar.FirstYear, Is.EqualTo(2025));
                Assert.That(calendar.LastYear, Is.EqualTo(2026));
                Assert.That(calendar.HolidayOn(Day(2025, 12, 26))?.Name, Is.EqualTo("Boxing Day"));
                Assert.That(calendar.AddWorkingDays(Day(2025, 12, 17), 10), Is.EqualTo(Day(2026, 1, 5)));
            });
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestCase("""{ "division": "england-and-wales" }""", "events")]
    [TestCase("""{ "events": [ { "date": "25/12/2025", "title": "Christmas Day" } ] }""", "25/12/2025")]
    [TestCase("""{ "events": [ { "date": "2025-12-25" } ] }""", "title")]
    [TestCase("""{ "events": [] }""", "at least one holiday")]
    [TestCase("""{ "events": [ """, "not valid JSON")]
    public void A_file_that_is_not_bank_holiday_data_is_refused_with_the_reason(string json, string reason)
    {
        var path = WriteTempFile(json);
        try
        {
            var exception = Assert.Throws<InvalidDataException>(() => BankHolidayCalendarSource.FromJsonFile(path));

            Assert.That(exception!.Message, Does.Contain(path).And.Contain(reason));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string WriteTempFile(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"bank-holidays-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }

    private static DateOnly Day(int year, int month, int day) => new(year, month, day);
}
