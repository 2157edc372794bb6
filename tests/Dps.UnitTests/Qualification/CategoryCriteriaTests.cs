using Dps.BuildingBlocks.Domain;
using Dps.Qualification.Domain.Categories;
using Dps.Qualification.Domain.Categories.Criteria;
using Dps.Qualification.Domain.Categories.Rules;
using static Dps.UnitTests.BusinessRuleAssert;

namespace Dps.UnitTests.Qualification;

public sealed class CategoryCriteriaTests
{
    private static readonly PassFailCriterion Insurance = new("PF-INS", "Insurances at the category's levels", null);
    private static readonly PassFailCriterion Ofsted = new("PF-OFSTED", "Ofsted rating of Requires improvement or better", null);

    [Test]
    public void A_new_category_asks_for_the_default_core_cost_lines_and_has_no_criteria_yet()
    {
        var category = NewCategory();

        Assert.That(category.Criteria.CoreCostLines, Is.EqualTo(PurchasingSystems.SenCoreCostLines));
        Assert.That(category.Criteria.CriterionCodes, Is.Empty);
        Assert.That(category.Criteria.AffordabilityCap, Is.Null);
    }

    [Test]
    public void Criteria_whose_weights_sum_to_100_are_set()
    {
        var category = NewCategory();
        var criteria = Criteria(Statements(40, 35, 25), cap: new Money(2500m, "GBP"));

        category.SetCriteria(criteria, "GBP");

        Assert.That(category.Criteria, Is.EqualTo(criteria));
    }

    [TestCase(40, 35, 20)]
    [TestCase(50, 51)]
    public void Weights_that_do_not_sum_to_100_are_refused(params int[] weights)
    {
        var category = NewCategory();

        AssertBrokenRule<MethodStatementWeightsMustSumTo100Rule>(() => category.SetCriteria(Criteria(Statements(weights)), "GBP"));

        Assert.That(category.Criteria.MethodStatements, Is.Empty);
    }

    [Test]
    public void Pass_fail_criteria_alone_need_no_weights()
    {
        var category = NewCategory();

        category.SetCriteria(Criteria([]), "GBP");

        Assert.That(category.Criteria.PassFailCriteria, Has.Count.EqualTo(2));
    }

    [Test]
    public void A_code_used_twice_in_a_category_is_refused_whatever_its_case()
    {
        var category = NewCategory();
        var criteria = Criteria([new MethodStatement("pf-ins", "Workforce", 100)]);

        var exception = AssertBrokenRule<CriterionCodesMustBeUniqueRule>(() => category.SetCriteria(criteria, "GBP"));

        Assert.That(exception.Message, Does.Contain("PF-INS").IgnoreCase);
    }

    [Test]
    public void A_cap_in_another_currency_is_refused()
    {
        var category = NewCategory();

        AssertBrokenRule<AffordabilityCapMustBeInTheSchemeCurrencyRule>(
            () => category.SetCriteria(Criteria(Statements(100), cap: new Money(2500m, "EUR")), "GBP"));
    }

    private static Category NewCategory() =>
        PurchasingSystems.Create().AddCategory("SEN", null, [], PurchasingSystems.SenCoreCostLines, new DateOnly(2017, 3, 1));

    private static MethodStatement[] Statements(params int[] weights) =>
        weights.Select((weight, i) => new MethodStatement($"MS{i + 1}", $"Method statement {i + 1}", weight)).ToArray();

    private static CategoryCriteria Criteria(IReadOnlyList<MethodStatement> statements, Money? cap = null) => new(
        [Insurance, Ofsted],
        statements,
        [new InsuranceRequirement("Employer's liability", new Money(5_000_000m, "GBP"))],
        PurchasingSystems.SenCoreCostLines,
        cap);
}
