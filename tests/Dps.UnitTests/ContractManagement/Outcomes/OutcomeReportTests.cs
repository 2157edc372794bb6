using Dps.BuildingBlocks.Domain;
using Dps.ContractManagement.Application;
using Dps.ContractManagement.Application.Outcomes;
using Dps.ContractManagement.Domain.Contracts;
using Dps.ContractManagement.Domain.Outcomes;
using Dps.ContractManagement.Domain.Payments;
using Microsoft.Extensions.Options;

namespace Dps.UnitTests.ContractManagement.Outcomes;

public sealed class OutcomeReportTests
{
    private static readonly DateTimeOffset Now = new(2027, 9, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly FundingModel R2 = new(Guid.NewGuid(), 20m, 30m, 50m, 4, 13);
    private static readonly FundingModel Engagement = new(Guid.NewGuid(), 30m, 70m, 0m, 4, 13);
    private static readonly ClaimEvidence Evidence = new("Action plan agreed at exit", "AP-1");

    private static Contract Awarded(FundingModel? fundingModel, Guid? categoryId = null) => Contract.FromAward(
        Guid.NewGuid(),
        categoryId ?? Guid.NewGuid(),
        new ContractParties(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()),
        new ContractAward(Guid.NewGuid(), ContractRoute.OfferMatch, Guid.NewGuid(), Now, null),
        new ContractTerms("DWP-20270001", new Money(10000m, "GBP"), ContractPriceBasis.Participant, [], new DateOnly(2027, 1, 4), 26, 1, fundingModel),
        Now);

    private static OutcomeMeasures Measures(ContractManagementOptions? options = null) => new(Options.Create(options ?? new ContractManagementOptions()));

    private static void Refused(string rule, TestDelegate action) =>
        Assert.That(Assert.Throws<BusinessRuleValidationException>(action)!.RuleName, Is.EqualTo(rule));

    [Test]
    public void By_default_call_offs_measure_action_plans_and_job_outcomes_where_paid_and_placements_their_referral_s_outcomes()
    {
        var measures = Measures();

        Assert.Multiple(() =>
        {
            Assert.That(measures.For(Awarded(R2)).Select(m => m.Code), Is.EqualTo(new[] { "ActionPlan", "JobOutcome" }));
            Assert.That(measures.For(Awarded(Engagement)).Select(m => m.Code), Is.EqualTo(new[] { "ActionPlan" }), "Engagement pays no job outcome");
            Assert.That(measures.For(Awarded(null)).Select(m => m.Code), Is.EqualTo(new[] { "ReferralOutcomes" }));
            Assert.That(measures.For(Awarded(R2)).Single(m => m.Code == "JobOutcome").Expectation, Is.EqualTo(new OutcomeExpectation(30m, 60m)));
            Assert.That(measures.For(Awarded(R2)).Single(m => m.Code == "ActionPlan").Expectation, Is.EqualTo(new OutcomeExpectation(100m, null)));
        });
    }

    [Test]
    public void A_category_may_set_its_own_expectation_of_a_measure()
    {
        var category = Guid.NewGuid();
        var options = new ContractManagementOptions();
        options.OutcomeMeasures["JobOutcome"].Categories[category.ToString()] = new OutcomeExpectationOptions { ExpectedMinPercent = 40m, ExpectedMaxPercent = 70m };

        var own = Measures(options).For(Awarded(R2, category)).Single(m => m.Code == "JobOutcome");
        var other = Measures(options).For(Awarded(R2)).Single(m => m.Code == "JobOutcome");

        Assert.That(own.Expectation, Is.EqualTo(new OutcomeExpectation(40m, 70m)));
        Assert.That(other.Expectation, Is.EqualTo(new OutcomeExpectation(30m, 60m)));
    }

    [Test]
    public void A_measure_is_reported_once_on_a_completed_contract_and_only_if_the_contract_has_it()
    {
        var contract = Awarded(Engagement);
        var measures = Measures().For(contract);

        Refused("OutcomeFollowsCompletion", () => contract.ReportOutcome(measures, [], "ActionPlan", true, Evidence, "supplier-1", Now));
        contract.Complete(new DateOnly(2027, 7, 4), Now);
        var report = contract.ReportOutcome(measures, [], "ActionPlan", true, Evidence, "supplier-1", Now);

        Refused("OutcomeMeasureMustApplyToTheContract", () => contract.ReportOutcome(measures, [], "JobOutcome", true, Evidence, "supplier-1", Now));
        Refused("OutcomeIsReportedOnce", () => contract.ReportOutcome(measures, ["ActionPlan"], "ActionPlan", false, Evidence, "supplier-1", Now));
        Assert.Multiple(() =>
        {
            Assert.That(report.Measure, Is.EqualTo("ActionPlan"));
            Assert.That(report.Met, Is.True);
            Assert.That(report.ContractId, Is.EqualTo(contract.Id));
        });
    }

    [TestCase(-1, 100, null, "ReportWithinWeeks")]
    [TestCase(4, 101, null, "percentages")]
    [TestCase(4, 60, 30, "percentages")]
    public void A_misconfigured_measure_is_named(int weeks, double min, double? max, string problem)
    {
        var measure = new OutcomeMeasureOptions { Name = "Measure", ReportWithinWeeks = weeks, ExpectedMinPercent = (decimal)min, ExpectedMaxPercent = (decimal?)max };

        Assert.That(measure.Problem(), Does.Contain(problem));
    }
}
