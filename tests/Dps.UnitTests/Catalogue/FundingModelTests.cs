using Dps.BuildingBlocks.Domain;
using Dps.Catalogue.Domain.FundingModels;
using Dps.Catalogue.Domain.FundingModels.Rules;

namespace Dps.UnitTests.Catalogue;

public sealed class FundingModelTests
{
    private static readonly Guid DpsId = Guid.Parse("f0d00000-0000-4000-8000-000000000001");
    private static readonly Guid Engagement = Guid.Parse("f0d00000-0000-4000-8000-000000000002");
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private static FundingModel Define(
        FundingShares? shares = null, JobOutcomeDefinition? jobOutcome = null, string? routeway = "R2", bool alreadyDefined = false) =>
        FundingModel.Define(
            DpsId,
            routeway is null ? Engagement : null,
            routeway,
            shares ?? new FundingShares(20, 30, 50),
            jobOutcome ?? JobOutcomeDefinition.Default,
            alreadyDefined,
            Now);

    [Test]
    public void A_routeway_model_is_defined_with_its_shares_and_dwps_job_outcome()
    {
        var model = Define(routeway: " r2 ");

        Assert.Multiple(() =>
        {
            Assert.That(model.Routeway, Is.EqualTo("R2"));
            Assert.That(model.CategoryId, Is.Null);
            Assert.That(model.Shares, Is.EqualTo(new FundingShares(20, 30, 50)));
            Assert.That(model.JobOutcome, Is.EqualTo(new JobOutcomeDefinition(4, 13)));
        });
    }

    [Test]
    public void A_category_model_has_no_routeway()
    {
        var model = Define(new FundingShares(30, 70, 0), routeway: null);

        Assert.Multiple(() =>
        {
            Assert.That(model.CategoryId, Is.EqualTo(Engagement));
            Assert.That(model.Routeway, Is.Null);
        });
    }

    [TestCase(20, 30, 40)]
    [TestCase(50, 50, 10)]
    [TestCase(0, 0, 0)]
    public void Shares_that_do_not_sum_to_100_are_refused(decimal atStart, decimal atCompletion, decimal onJobOutcome)
    {
        var broken = BusinessRuleAssert.AssertBrokenRule<FundingSharesMustSumTo100Rule>(
            () => Define(new FundingShares(atStart, atCompletion, onJobOutcome)));

        Assert.That(broken.BrokenRule.Kind, Is.EqualTo(BusinessRuleKind.Unprocessable));
    }

    [TestCase(10, 30, 60)]
    [TestCase(33.3, 33.3, 33.4)]
    [TestCase(0, 100, 0)]
    public void Shares_that_sum_to_100_are_accepted(decimal atStart, decimal atCompletion, decimal onJobOutcome) =>
        Assert.DoesNotThrow(() => Define(new FundingShares(atStart, atCompletion, onJobOutcome)));

    [Test]
    public void A_tracking_window_shorter_than_the_weeks_in_work_is_refused() =>
        BusinessRuleAssert.AssertBrokenRule<TrackingWindowMustCoverWeeksInWorkRule>(() => Define(jobOutcome: new JobOutcomeDefinition(13, 4)));

    [Test]
    public void A_tracking_window_as_long_as_the_weeks_in_work_is_accepted() =>
        Assert.DoesNotThrow(() => Define(jobOutcome: new JobOutcomeDefinition(8, 8)));

    [Test]
    public void A_second_model_for_the_same_routeway_is_a_conflict()
    {
        var broken = BusinessRuleAssert.AssertBrokenRule<OneFundingModelPerCategoryOrRoutewayRule>(() => Define(alreadyDefined: true));

        Assert.That(broken.BrokenRule.Kind, Is.EqualTo(BusinessRuleKind.Conflict));
    }

    [Test]
    public void A_change_checks_the_rules_and_keeps_the_old_terms_when_refused()
    {
        var model = Define();

        BusinessRuleAssert.AssertBrokenRule<FundingSharesMustSumTo100Rule>(
            () => model.Change(new FundingShares(10, 10, 10), JobOutcomeDefinition.Default, Now.AddDays(1)));
        model.Change(new FundingShares(10, 30, 60), new JobOutcomeDefinition(6, 26), Now.AddDays(2));

        Assert.Multiple(() =>
        {
            Assert.That(model.Shares, Is.EqualTo(new FundingShares(10, 30, 60)));
            Assert.That(model.JobOutcome, Is.EqualTo(new JobOutcomeDefinition(6, 26)));
            Assert.That(model.UpdatedAt, Is.EqualTo(Now.AddDays(2)));
        });
    }
}
