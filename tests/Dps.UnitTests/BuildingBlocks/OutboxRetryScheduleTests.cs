using Dps.BuildingBlocks.Infrastructure.Outbox;

namespace Dps.UnitTests.BuildingBlocks;

public sealed class OutboxRetryScheduleTests
{
    private const double NoJitter = 0.5;
    private static readonly DateTimeOffset FirstFailure = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly OutboxOptions Defaults = new();

    [Test]
    public void The_first_retry_waits_the_base_delay() =>
        Assert.That(OutboxRetrySchedule.DelayAfter(1, Defaults, NoJitter), Is.EqualTo(TimeSpan.FromSeconds(2)));

    [Test]
    public void Each_further_failure_doubles_the_wait()
    {
        var waits = Enumerable.Range(1, 5).Select(failures => OutboxRetrySchedule.DelayAfter(failures, Defaults, NoJitter).TotalSeconds);

        Assert.That(waits, Is.EqualTo(new[] { 2, 4, 8, 16, 32 }));
    }

    [TestCase(10)]
    [TestCase(100)]
    [TestCase(int.MaxValue)]
    public void The_wait_stops_growing_at_the_ceiling(int failures) =>
        Assert.That(OutboxRetrySchedule.DelayAfter(failures, Defaults, NoJitter), Is.EqualTo(TimeSpan.FromMinutes(10)));

    [TestCase(0.0, 0.8)]
    [TestCase(0.25, 0.9)]
    [TestCase(0.75, 1.1)]
    [TestCase(0.999999, 1.2)]
    public void Jitter_moves_the_wait_by_at_most_its_fraction_either_way(double random, double factor) =>
        Assert.That(OutboxRetrySchedule.DelayAfter(4, Defaults, random).TotalSeconds, Is.EqualTo(16 * factor).Within(0.001));

    [Test]
    public void A_failure_within_the_give_up_time_is_retried_after_the_wait()
    {
        var now = FirstFailure.AddHours(23).AddMinutes(59);

        var decision = OutboxRetrySchedule.After(150, FirstFailure, now, Defaults, NoJitter);

        Assert.That(decision.Parked, Is.False);
        Assert.That(decision.NextAttemptAt, Is.EqualTo(now.AddMinutes(10)));
    }

    [Test]
    public void A_failure_once_the_first_is_older_than_the_give_up_time_parks_the_message()
    {
        var decision = OutboxRetrySchedule.After(150, FirstFailure, FirstFailure.AddHours(24), Defaults, NoJitter);

        Assert.That(decision.Parked, Is.True);
        Assert.That(decision.NextAttemptAt, Is.Null);
    }

    [Test]
    public void Retries_keep_going_for_a_day_by_default()
    {
        var (now, failures) = (FirstFailure, 1);
        while (!OutboxRetrySchedule.After(failures, FirstFailure, now, Defaults, NoJitter).Parked)
        {
            now += OutboxRetrySchedule.DelayAfter(failures++, Defaults, NoJitter);
        }

        Assert.That(now - FirstFailure, Is.GreaterThanOrEqualTo(TimeSpan.FromHours(24)).And.LessThan(TimeSpan.FromHours(24.2)));
        Assert.That(failures, Is.InRange(140, 160), "about 9 doublings to the 10-minute ceiling, then 6 an hour");
    }
}
