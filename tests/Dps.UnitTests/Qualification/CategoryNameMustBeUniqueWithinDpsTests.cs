using Dps.BuildingBlocks.Domain;
using Dps.Qualification.Domain.PurchasingSystems.Rules;
using static Dps.UnitTests.BusinessRuleAssert;

namespace Dps.UnitTests.Qualification;

public sealed class CategoryNameMustBeUniqueWithinDpsTests
{
    private static readonly DateOnly Today = PurchasingSystems.ValidFrom;

    [TestCase("Foster care")]
    [TestCase("FOSTER CARE")]
    [TestCase("foster care")]
    [TestCase("  Foster care  ")]
    public void Category_named_like_an_existing_one_is_refused(string name)
    {
        var dps = PurchasingSystems.Create();

        AssertBrokenRule<CategoryNameMustBeUniqueWithinDpsRule>(
            () => dps.AddCategory(name, null, ["SEN", "Foster care"], PurchasingSystems.SenCoreCostLines, Today));
    }

    [Test]
    public void Category_with_a_new_name_is_accepted()
    {
        var dps = PurchasingSystems.Create();

        var category = dps.AddCategory("Residential care", null, ["SEN", "Foster care"], PurchasingSystems.SenCoreCostLines, Today);

        Assert.That(category.Name, Is.EqualTo("Residential care"));
    }

    [Test]
    public void Category_renamed_like_another_category_is_refused()
    {
        var category = PurchasingSystems.Create().AddCategory("SEN", null, [], PurchasingSystems.SenCoreCostLines, Today);

        AssertBrokenRule<CategoryNameMustBeUniqueWithinDpsRule>(() => category.Rename(" foster CARE", null, ["Foster care"]));
    }

    [Test]
    public void Refused_rename_leaves_the_category_unchanged()
    {
        var category = PurchasingSystems.Create().AddCategory("SEN", "Special educational needs", [], PurchasingSystems.SenCoreCostLines, Today);

        Assert.Throws<BusinessRuleValidationException>(() => category.Rename("Foster care", "Changed", ["Foster care"]));

        Assert.That((category.Name, category.Description), Is.EqualTo(("SEN", "Special educational needs")));
    }

    [Test]
    public void Category_renamed_to_a_free_name_takes_it_trimmed()
    {
        var category = PurchasingSystems.Create().AddCategory("SEN", null, [], PurchasingSystems.SenCoreCostLines, Today);

        category.Rename("  SEN schools ", "Special educational needs", ["Foster care"]);

        Assert.That((category.Name, category.Description), Is.EqualTo(("SEN schools", "Special educational needs")));
    }

    [Test]
    public void Duplicate_category_name_is_a_conflict()
    {
        var dps = PurchasingSystems.Create();

        var exception = AssertBrokenRule<CategoryNameMustBeUniqueWithinDpsRule>(() => dps.AddCategory("SEN", null, ["SEN"], PurchasingSystems.SenCoreCostLines, Today));

        Assert.That(exception.BrokenRule.Kind, Is.EqualTo(BusinessRuleKind.Conflict));
    }
}
