using Dps.BuildingBlocks.Application.Time;
using Dps.BuildingBlocks.Domain.Calendar;
using Dps.UnitTests.Host;

namespace Dps.UnitTests.Calendar;

public sealed class SchemeClockTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Test]
    public void Today_is_the_date_in_the_scheme_time_zone_not_in_UTC()
    {
        // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
        var clock = ClockAt(new DateTimeOffset(2025, 6, 30, 23, 30, 0, TimeSpan.Zero));

        Assert.That(clock.Today, Is.EqualTo(new DateOnly(2025, 7, 1)));
    }

    [Test]
    public void In_winter_the_scheme_date_is_the_UTC_date() =>
        Assert.That(ClockAt(new DateTimeOffset(2025, 12, 31, 23, 30, 0, TimeSpan.Zero)).Today, Is.EqualTo(new DateOnly(2025, 12, 31)));

    [Test]
    public void The_instant_is_the_time_provider_s_own()
    {
        var now = new DateTimeOffset(2025, 6, 30, 23, 30, 0, TimeSpan.Zero);

        Assert.That(ClockAt(now).UtcNow, Is.EqualTo(now));
    }

    [Test]
    public void Working_days_are_counted_on_the_scheme_calendar()
    {
        var clock = ClockAt(DateTimeOffset.UnixEpoch);

        Assert.That(clock.Calendar, Is.SameAs(BankHolidayCalendarSource.EnglandAndWales()));
    }

    private static SchemeClock ClockAt(DateTimeOffset now) =>
        new(new FixedClock(now), London, BankHolidayCalendarSource.EnglandAndWales());
}
