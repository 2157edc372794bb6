using Dps.BuildingBlocks.Domain;
using Dps.Qualification.Domain.Suppliers.Rules;
using static Dps.UnitTests.BusinessRuleAssert;

namespace Dps.UnitTests.Qualification;

public sealed class SupplierMustRegisterOnlyOnceTests
{
    [Test]
    public void Supplier_already_registered_is_refused()
    {
        var exception = AssertBrokenRule<SupplierMustRegisterOnlyOnceRule>(() => Suppliers.Register(alreadyRegistered: true));

        Assert.That(exception.Message, Does.Contain(Suppliers.Id.ToString()));
    }

    [Test]
    public void Supplier_not_yet_registered_is_registered()
    {
        var supplier = Suppliers.Register(alreadyRegistered: false);

        Assert.That(supplier.Id, Is.EqualTo(Suppliers.Id));
    }

    [Test]
    public void Second_registration_is_a_conflict()
    {
        var exception = AssertBrokenRule<SupplierMustRegisterOnlyOnceRule>(() => Suppliers.Register(alreadyRegistered: true));

        Assert.That(exception.BrokenRule.Kind, Is.EqualTo(BusinessRuleKind.Conflict));
    }
}
