using Dps.Qualification.Domain.Categories;

namespace Dps.UnitTests.Qualification;

public sealed class AddCategoryTests
{
    private static readonly DateOnly Today = PurchasingSystems.ValidFrom;

    [Test]
    public void Added_category_belongs_to_the_dps_under_its_trimmed_name()
    {
        var dps = PurchasingSystems.Create();

        var category = dps.AddCategory("  Foster care ", "Independent fostering agencies", ["SEN"], PurchasingSystems.SenCoreCostLines, Today);

        Assert.Multiple(() =>
        {
            Assert.That(category.DpsId, Is.EqualTo(dps.Id));
            Assert.That(category.Name, Is.EqualTo("Foster care"));
            Assert.That(category.Description, Is.EqualTo("Independent fostering agencies"));
            Assert.That(category.Id.Value, Is.Not.EqualTo(Guid.Empty));
        });
    }

    [Test]
    public void Adding_a_category_raises_exactly_one_CategoryAdded_event()
    {
        var dps = PurchasingSystems.Create();

        var category = dps.AddCategory(" SEN ", null, [], PurchasingSystems.SenCoreCostLines, Today);

        Assert.That(category.DomainEvents, Has.Count.EqualTo(1));
        var added = category.DomainEvents.Single() as CategoryAdded;
        Assert.That(added, Is.EqualTo(new CategoryAdded(category.Id, dps.Id, "SEN")));
    }

    [Test]
    public void Adding_a_category_raises_no_event_on_the_dps()
    {
        var dps = PurchasingSystems.Create();
        dps.ClearDomainEvents(); // its creation announced who takes part

        dps.AddCategory("SEN", null, [], PurchasingSystems.SenCoreCostLines, Today);

        Assert.That(dps.DomainEvents, Is.Empty);
    }
}
