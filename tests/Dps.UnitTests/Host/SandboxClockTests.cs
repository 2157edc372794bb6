using Dps.Api.Sandbox;

namespace Dps.UnitTests.Host;

public sealed class SandboxClockTests
{
    private static readonly DateTimeOffset RealNow = new(2017, 3, 1, 10, 0, 0, TimeSpan.Zero);

    [Test]
    public void Sandbox_clock_starts_at_real_time()
    {
        var clock = new SandboxClock(new FixedClock(RealNow));

        Assert.That(clock.Offset, Is.EqualTo(TimeSpan.Zero));
        Assert.That(clock.GetUtcNow(), Is.EqualTo(RealNow));
    }

    [Test]
    public void Advancing_moves_the_clock_forward_by_that_amount()
    {
        var clock = new SandboxClock(new FixedClock(RealNow));

        clock.AdvanceBy(TimeSpan.FromDays(10));

        Assert.That(clock.Offset, Is.EqualTo(TimeSpan.FromDays(10)));
        Assert.That(clock.GetUtcNow(), Is.EqualTo(RealNow.AddDays(10)));
    }

    [Test]
    public void Advances_add_up()
    {
        var clock = new SandboxClock(new FixedClock(RealNow));

        clock.AdvanceBy(TimeSpan.FromDays(10));
        clock.AdvanceBy(TimeSpan.FromHours(5));

        Assert.That(clock.GetUtcNow(), Is.EqualTo(RealNow.AddDays(10).AddHours(5)));
    }

    [Test]
    public void Reset_returns_the_clock_to_real_time()
    {
        var clock = new SandboxClock(new FixedClock(RealNow));
        clock.AdvanceBy(TimeSpan.FromDays(15));

        clock.Reset();

        Assert.That(clock.Offset, Is.EqualTo(TimeSpan.Zero));
        Assert.That(clock.GetUtcNow(), Is.EqualTo(RealNow));
    }
}
