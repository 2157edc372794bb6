using Dps.BuildingBlocks.Domain;
using Dps.Qualification.Domain.PurchasingSystems.Rules;
using static Dps.UnitTests.BusinessRuleAssert;

namespace Dps.UnitTests.Qualification;

public sealed class CategoriesCanOnlyBeAddedWhileDpsIsValidTests
{
    private static readonly DateOnly LastValidDay = new(2021, 1, 31);

    [Test]
    public void Category_can_be_added_on_the_last_valid_day()
    {
        var dps = PurchasingSystems.Create(validUntil: LastValidDay);

        var category = dps.AddCategory("SEN", null, [], PurchasingSystems.SenCoreCostLines, LastValidDay);

        Assert.That(category.Name, Is.EqualTo("SEN"));
    }

    [Test]
    public void Category_added_the_day_after_the_dps_expires_is_refused()
    {
        var dps = PurchasingSystems.Create(validUntil: LastValidDay);

        var exception = AssertBrokenRule<CategoriesCanOnlyBeAddedWhileDpsIsValidRule>(
            () => dps.AddCategory("SEN", null, [], PurchasingSystems.SenCoreCostLines, LastValidDay.AddDays(1)));

        Assert.That(exception.Message, Does.Contain("2021-01-31"));
    }

    [Test]
    public void Expired_dps_is_checked_before_the_category_name()
    {
        var dps = PurchasingSystems.Create(validUntil: LastValidDay);

        AssertBrokenRule<CategoriesCanOnlyBeAddedWhileDpsIsValidRule>(
            () => dps.AddCategory("SEN", null, ["SEN"], PurchasingSystems.SenCoreCostLines, LastValidDay.AddDays(1)));
    }

    [Test]
    public void Adding_to_an_expired_dps_is_a_conflict()
    {
        var dps = PurchasingSystems.Create(validUntil: LastValidDay);

        var exception = AssertBrokenRule<CategoriesCanOnlyBeAddedWhileDpsIsValidRule>(
            () => dps.AddCategory("SEN", null, [], PurchasingSystems.SenCoreCostLines, LastValidDay.AddDays(1)));

        Assert.That(exception.BrokenRule.Kind, Is.EqualTo(BusinessRuleKind.Conflict));
    }
}
