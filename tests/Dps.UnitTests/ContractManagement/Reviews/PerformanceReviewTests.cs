using Dps.BuildingBlocks.Domain;
using Dps.ContractManagement.Domain.Reviews;

namespace Dps.UnitTests.ContractManagement.Reviews;

public sealed class PerformanceReviewTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    private static PerformanceReview Review(ReviewPeriod period, bool contracted = true, bool alreadyReviewed = false) => PerformanceReview.Record(
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), contracted, alreadyReviewed, period, Today, -3m, ["Late reports"], "manager-1", DateTimeOffset.UtcNow);

    private static void Refused(string rule, TestDelegate action) =>
        Assert.That(Assert.Throws<BusinessRuleValidationException>(action)!.RuleName, Is.EqualTo(rule));

    [TestCase("2026-01-01", 6, "2026-06-30")]
    [TestCase("2026-07-01", 6, "2026-12-31")]
    [TestCase("2026-01-01", 12, "2026-12-31")]
    public void A_scheme_period_runs_its_months_from_the_first(string start, int months, string end)
    {
        var period = new ReviewPeriod(DateOnly.Parse(start), months);

        Assert.That(period.IsAligned, Is.True);
        Assert.That(period.End, Is.EqualTo(DateOnly.Parse(end)));
        Assert.That(Review(period).PeriodEnd, Is.EqualTo(DateOnly.Parse(end)));
    }

    [TestCase("2026-07-02", 6)]
    [TestCase("2026-04-01", 6)]
    [TestCase("2026-07-01", 12)]
    public void A_period_not_starting_a_scheme_period_is_refused(string start, int months)
    {
        Refused("ReviewPeriodMustBeASchemePeriod", () => Review(new ReviewPeriod(DateOnly.Parse(start), months)));
    }

    [Test]
    public void A_period_still_to_come_an_uncontracted_establishment_and_a_second_review_are_refused()
    {
        var current = new ReviewPeriod(new DateOnly(2026, 7, 1), 6);

        Refused("ReviewPeriodMustHaveStarted", () => Review(new ReviewPeriod(new DateOnly(2027, 1, 1), 6)));
        Refused("ReviewedEstablishmentMustHoldAContract", () => Review(current, contracted: false));
        Refused("OneReviewPerPeriod", () => Review(current, alreadyReviewed: true));
    }
}
