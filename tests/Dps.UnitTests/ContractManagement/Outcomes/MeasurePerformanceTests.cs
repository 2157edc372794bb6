using Dps.ContractManagement.Domain.Outcomes;

namespace Dps.UnitTests.ContractManagement.Outcomes;

public sealed class MeasurePerformanceTests
{
    private static readonly DateOnly Today = new(2027, 6, 1);

    private static readonly OutcomeMeasure JobOutcome = new("JobOutcome", "Job outcomes", new OutcomeExpectation(30m, 60m), 13);

    [TestCase(null, "NotMeasured")]
    [TestCase(29.9, "Below")]
    [TestCase(30.0, "Within")]
    [TestCase(60.0, "Within")]
    [TestCase(60.1, "Exceeds")]
    public void A_percentage_stands_against_a_range_its_edges_inside(double? percent, string standing)
    {
        Assert.That(JobOutcome.Expectation.StandingOf((decimal?)percent), Is.EqualTo(Enum.Parse<MeasureStanding>(standing)));
    }

    [Test]
    public void A_minimum_alone_has_no_top_and_no_expectation_only_measures()
    {
        var actionPlans = new OutcomeExpectation(100m, null);
        var unset = new OutcomeExpectation(null, null);

        Assert.Multiple(() =>
        {
            Assert.That(actionPlans.StandingOf(99.9m), Is.EqualTo(MeasureStanding.Below));
            Assert.That(actionPlans.StandingOf(100m), Is.EqualTo(MeasureStanding.Within));
            Assert.That(unset.StandingOf(12.5m), Is.EqualTo(MeasureStanding.NoExpectation));
        });
    }

    [Test]
    public void A_completer_counts_once_reported_or_once_its_window_has_passed_unreported_as_not_met()
    {
        var windowEndsToday = Today.AddDays(-13 * 7);
        MeasuredCompleter[] completers =
        [
            new(Today.AddDays(-10), Met: true),
            new(Today.AddDays(-10), Met: false),
            new(windowEndsToday, Met: null),
            new(windowEndsToday.AddDays(-1), Met: null),
        ];

        var performance = MeasurePerformance.Of(JobOutcome, completers, Today);

        Assert.Multiple(() =>
        {
            Assert.That(performance.Completers, Is.EqualTo(4));
            Assert.That(performance.Counted, Is.EqualTo(3), "the one whose window ends today is still pending");
            Assert.That(performance.Pending, Is.EqualTo(1));
            Assert.That(performance.Met, Is.EqualTo(1));
            Assert.That(performance.Percent, Is.EqualTo(33.3m), "1 of 3, to one decimal place");
            Assert.That(performance.Standing, Is.EqualTo(MeasureStanding.Within));
        });
    }

    [Test]
    public void Nothing_counted_is_not_measured_and_two_of_three_rounds_half_away_from_zero()
    {
        var pending = MeasurePerformance.Of(JobOutcome, [new MeasuredCompleter(Today, null)], Today);
        var twoOfThree = MeasurePerformance.Of(JobOutcome, [new(Today, true), new(Today, true), new(Today, false)], Today);

        Assert.Multiple(() =>
        {
            Assert.That(pending.Percent, Is.Null);
            Assert.That(pending.Standing, Is.EqualTo(MeasureStanding.NotMeasured));
            Assert.That(twoOfThree.Percent, Is.EqualTo(66.7m));
            Assert.That(twoOfThree.Standing, Is.EqualTo(MeasureStanding.Exceeds));
        });
    }
}
