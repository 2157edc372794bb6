using Dps.Qualification.Domain.Suppliers;

namespace Dps.UnitTests.Qualification;

public sealed class RegisterSupplierTests
{
    [Test]
    public void Registered_supplier_holds_what_it_was_given_under_the_token_supplier_id()
    {
        var supplier = Supplier.Register(Suppliers.Id, "Oakfield Care Ltd", "01234567", isSme: true, Suppliers.Contact, alreadyRegistered: false, Suppliers.Now);

        Assert.Multiple(() =>
        {
            Assert.That(supplier.Id, Is.EqualTo(Suppliers.Id));
            Assert.That(supplier.Name, Is.EqualTo("Oakfield Care Ltd"));
            Assert.That(supplier.CompanyNumber, Is.EqualTo("01234567"));
            Assert.That(supplier.IsSme, Is.True);
            Assert.That(supplier.Contact, Is.EqualTo(Suppliers.Contact));
            Assert.That(supplier.RegisteredAt, Is.EqualTo(Suppliers.Now));
        });
    }

    [Test]
    public void Company_number_is_kept_upper_case_and_the_name_trimmed()
    {
        var supplier = Supplier.Register(Suppliers.Id, "  Oakfield Care Ltd ", " sc123456", isSme: false, Suppliers.Contact, alreadyRegistered: false, Suppliers.Now);

        Assert.That((supplier.Name, supplier.CompanyNumber), Is.EqualTo(("Oakfield Care Ltd", "SC123456")));
    }

    [Test]
    public void Update_changes_the_details_but_not_the_id_or_registration_time()
    {
        var supplier = Suppliers.Register();
        var contact = new Contact("Jo Smith", "jo.smith@oakfield.example", "01403 654321");

        supplier.Update("Oakfield Group Ltd", "ni654321", isSme: false, contact);

        Assert.Multiple(() =>
        {
            Assert.That(supplier.Name, Is.EqualTo("Oakfield Group Ltd"));
            Assert.That(supplier.CompanyNumber, Is.EqualTo("NI654321"));
            Assert.That(supplier.IsSme, Is.False);
            Assert.That(supplier.Contact, Is.EqualTo(contact));
            Assert.That(supplier.Id, Is.EqualTo(Suppliers.Id));
            Assert.That(supplier.RegisteredAt, Is.EqualTo(Suppliers.Now));
        });
    }
}
