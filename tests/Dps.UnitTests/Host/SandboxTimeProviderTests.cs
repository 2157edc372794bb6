using Dps.Api.Sandbox;

namespace Dps.UnitTests.Host;

public sealed class SandboxTimeProviderTests
{
    private static readonly DateTimeOffset RealNow = new(2017, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan FiveYears = TimeSpan.FromDays(1826);

    [Test]
    public void The_sandbox_clock_starts_at_real_time()
    {
        var clock = new SandboxTimeProvider(new FixedClock(RealNow), FiveYears);

        Assert.That(clock.Offset, Is.EqualTo(TimeSpan.Zero));
        Assert.That(clock.GetUtcNow(), Is.EqualTo(RealNow));
    }

    [Test]
    public void A_reading_puts_the_clock_that_far_ahead_of_real_time()
    {
        var clock = new SandboxTimeProvider(new FixedClock(RealNow), FiveYears);

        clock.Observe(new SandboxClockReading(TimeSpan.FromDays(10), Version: 1));

        Assert.That(clock.Offset, Is.EqualTo(TimeSpan.FromDays(10)));
        Assert.That(clock.GetUtcNow(), Is.EqualTo(RealNow.AddDays(10)));
    }

    [Test]
    public void A_reset_read_later_returns_the_clock_to_real_time()
    {
        var clock = new SandboxTimeProvider(new FixedClock(RealNow), FiveYears);
        clock.Observe(new SandboxClockReading(TimeSpan.FromDays(15), Version: 1));

        clock.Observe(new SandboxClockReading(TimeSpan.Zero, Version: 2));

        Assert.That(clock.GetUtcNow(), Is.EqualTo(RealNow));
    }

    [Test]
    public void An_older_reading_does_not_undo_a_newer_move()
    {
        var clock = new SandboxTimeProvider(new FixedClock(RealNow), FiveYears);
        clock.Observe(new SandboxClockReading(TimeSpan.FromDays(10), Version: 2));

        clock.Observe(new SandboxClockReading(TimeSpan.FromDays(3), Version: 1));

        Assert.That(clock.Offset, Is.EqualTo(TimeSpan.FromDays(10)));
    }

    [Test]
    public void An_offset_beyond_the_maximum_is_read_as_the_maximum_so_the_clock_cannot_overflow()
    {
        var clock = new SandboxTimeProvider(new FixedClock(RealNow), FiveYears);

        clock.Observe(new SandboxClockReading(TimeSpan.MaxValue, Version: 1));

        Assert.That(clock.Offset, Is.EqualTo(FiveYears));
        Assert.That(clock.GetUtcNow(), Is.EqualTo(RealNow + FiveYears));
    }

    [Test]
    public void A_negative_offset_is_read_as_real_time()
    {
        var clock = new SandboxTimeProvider(new FixedClock(RealNow), FiveYears);

        clock.Observe(new SandboxClockReading(TimeSpan.FromDays(-1), Version: 1));

        Assert.That(clock.GetUtcNow(), Is.EqualTo(RealNow));
    }
}
