using Dps.Qualification.Domain.Applications;
using Dps.Qualification.Domain.Applications.Rules;
using Dps.Qualification.Domain.PurchasingSystems;
using static Dps.UnitTests.BusinessRuleAssert;

namespace Dps.UnitTests.Qualification.Applications;

public sealed class CoreCostTests
{
    [Test]
    public void Every_core_cost_line_of_the_category_must_be_priced()
    {
        var costs = Applications.CoreCosts(Applications.ResidentialCriteria).Where(c => c.LineCode != "RESIDENTIAL").ToList();
        var application = Applications.Draft(Applications.Sen(), Applications.Residential(coreCosts: costs));

        var exception = AssertBrokenRule<EveryCoreCostLineMustBePricedRule>(() => Applications.Submit(application));

        Assert.That(exception.Message, Does.Contain("Residential care").And.Contain("missing: RESIDENTIAL"));
        Assert.That(application.Status, Is.EqualTo(ApplicationStatus.Draft));
    }

    [Test]
    public void A_price_for_a_line_the_category_does_not_have_is_refused()
    {
        var costs = Applications.CoreCosts(Applications.SenCriteria).Append(new CoreCost("RESIDENTIAL", Applications.Gbp(100m))).ToList();

        var exception = AssertBrokenRule<EveryCoreCostLineMustBePricedRule>(() => Applications.Submit(Applications.Draft(Applications.Sen(coreCosts: costs))));

        Assert.That(exception.Message, Does.Contain("not a line of the category: RESIDENTIAL"));
    }

    [Test]
    public void A_line_priced_twice_is_refused()
    {
        var costs = Applications.CoreCosts(Applications.SenCriteria, perLine: 100m).Append(new CoreCost("premises", Applications.Gbp(100m))).ToList();

        AssertBrokenRule<EveryCoreCostLineMustBePricedRule>(() => Applications.Submit(Applications.Draft(Applications.Sen(coreCosts: costs))));
    }

    [Test]
    public void Core_costs_above_the_affordability_cap_are_refused()
    {
        var costs = Applications.CoreCosts(Applications.SenCriteria, perLine: 1_000.01m);
        var application = Applications.Draft(Applications.Sen(coreCosts: costs), Applications.Residential());

        var exception = AssertBrokenRule<CoreCostsMustNotExceedAffordabilityCapRule>(() => Applications.Submit(application));

        Assert.That(exception.Message, Does.Contain("SEN").And.Contain("9000.09 GBP").And.Contain("9000.00 GBP"));
        Assert.That(application.Status, Is.EqualTo(ApplicationStatus.Draft));
    }

    [Test]
    public void Core_costs_equal_to_the_affordability_cap_are_accepted()
    {
        var application = Applications.Draft(Applications.Sen(coreCosts: Applications.CoreCosts(Applications.SenCriteria, perLine: 1_000m)));

        Applications.Submit(application);

        Assert.That(application.Categories.Single().TotalCoreCosts(Applications.Currency), Is.EqualTo(Applications.Gbp(9_000m)));
        Assert.That(application.Status, Is.EqualTo(ApplicationStatus.Submitted));
    }

    [Test]
    public void A_category_without_a_cap_accepts_any_total()
    {
        var uncapped = new NamedCriteria("SEN", Applications.SenCriteria with { AffordabilityCap = null });
        var criteria = new Dictionary<Guid, NamedCriteria> { [Applications.SenId] = uncapped };
        var application = Applications.Draft(Applications.Sen(coreCosts: Applications.CoreCosts(Applications.SenCriteria, perLine: 1_000_000m)));

        application.Submit(
            DpsStatus.Open, criteria, Applications.Currency, Applications.Calendar, Applications.DecisionWorkingDays, Applications.SubmittedOn);

        Assert.That(application.Status, Is.EqualTo(ApplicationStatus.Submitted));
    }

    [Test]
    public void Core_costs_in_another_currency_are_refused_not_added_up()
    {
        var costs = Applications.CoreCosts(Applications.SenCriteria).Select((c, i) => i == 0 ? c with { Amount = new(100m, "EUR") } : c).ToList();

        AssertBrokenRule<CoreCostsMustBeInTheSchemeCurrencyRule>(() => Applications.Submit(Applications.Draft(Applications.Sen(coreCosts: costs))));
    }
}
