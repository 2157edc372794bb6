using Dps.BuildingBlocks.Domain;
using Dps.ContractManagement.Domain.Contracts;
using Dps.ContractManagement.Domain.Payments;
using Dps.ContractManagement.Domain.Payments.Rules;
using static Dps.UnitTests.BusinessRuleAssert;

namespace Dps.UnitTests.ContractManagement.Payments;

public sealed class MilestoneScheduleTests
{
    private static MilestoneSchedule Schedule(decimal start, decimal completion, decimal jobOutcome, decimal price = 10_000m) =>
        MilestoneSchedule.Of(new FundingModel(Guid.NewGuid(), start, completion, jobOutcome, 4, 13), new Money(price, "GBP"));

    [Test]
    public void Each_milestone_is_paid_its_share_of_the_price()
    {
        var schedule = Schedule(20m, 30m, 50m);

        Assert.That(schedule.Milestones, Is.EqualTo(new[]
        {
            new Milestone(MilestoneKind.Start, 20m, new Money(2_000m, "GBP")),
            new Milestone(MilestoneKind.Completion, 30m, new Money(3_000m, "GBP")),
            new Milestone(MilestoneKind.JobOutcome, 50m, new Money(5_000m, "GBP")),
        }));
    }

    [Test]
    public void A_zero_percent_milestone_is_left_out_of_the_schedule()
    {
        var engagement = Schedule(30m, 70m, 0m);

        Assert.Multiple(() =>
        {
            Assert.That(engagement.Milestones.Select(m => m.Kind), Is.EqualTo(new[] { MilestoneKind.Start, MilestoneKind.Completion }));
            Assert.That(engagement.Find(MilestoneKind.JobOutcome), Is.Null);
            Assert.That(engagement.Total, Is.EqualTo(new Money(10_000m, "GBP")));
        });
    }

    [Test]
    public void The_milestones_of_an_awkward_price_add_up_to_it()
    {
        var schedule = Schedule(10m, 30m, 60m, 999.99m);

        Assert.Multiple(() =>
        {
            Assert.That(schedule.Milestones.Select(m => m.Amount.Amount), Is.EqualTo(new[] { 100.00m, 300.00m, 599.99m }));
            Assert.That(schedule.Total, Is.EqualTo(new Money(999.99m, "GBP")));
        });
    }

    [Test]
    public void The_job_outcome_window_comes_from_the_funding_model()
    {
        var schedule = MilestoneSchedule.Of(new FundingModel(Guid.NewGuid(), 10m, 30m, 60m, 6, 26), new Money(100m, "GBP"));

        Assert.That(schedule.JobOutcomeWindow, Is.EqualTo(new JobOutcomeWindow(6, 26)));
    }

    [Test]
    public void A_funding_model_that_does_not_make_a_hundred_percent_has_no_schedule()
    {
        AssertBrokenRule<PriceSharesMustMakeAHundredPercentRule>(() => Schedule(30m, 60m, 0m));
    }

    [Test]
    public void The_DWP_job_outcome_is_4_weeks_in_work_within_13_weeks()
    {
        var window = new JobOutcomeWindow();
        var completedOn = new DateOnly(2027, 3, 31);

        Assert.Multiple(() =>
        {
            Assert.That(window, Is.EqualTo(new JobOutcomeWindow(4, 13)));
            Assert.That(window.OutcomeDate(new DateOnly(2027, 4, 5)), Is.EqualTo(new DateOnly(2027, 5, 2)));
            Assert.That(window.Opens(completedOn), Is.EqualTo(new DateOnly(2027, 4, 1)));
            Assert.That(window.Closes(completedOn), Is.EqualTo(new DateOnly(2027, 6, 30)));
        });
    }
}
