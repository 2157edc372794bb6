using Dps.Qualification.Domain.Establishments;

namespace Dps.UnitTests.Qualification;

public sealed class AddEstablishmentTests
{
    [Test]
    public void Added_establishment_belongs_to_the_supplier_and_holds_what_it_was_given()
    {
        var supplier = Suppliers.Register();

        var establishment = supplier.AddEstablishment(
            " Oakfield School ", "1 Church Lane\nHorsham", "RH12 1AB", 51.0629, -0.3259, "123456", OfstedRating.Outstanding, 40);

        Assert.Multiple(() =>
        {
            Assert.That(establishment.SupplierId, Is.EqualTo(supplier.Id));
            Assert.That(establishment.Id.Value, Is.Not.EqualTo(Guid.Empty));
            Assert.That(establishment.Name, Is.EqualTo("Oakfield School"));
            Assert.That(establishment.Address, Is.EqualTo("1 Church Lane\nHorsham"));
            Assert.That(establishment.Postcode, Is.EqualTo("RH12 1AB"));
            Assert.That((establishment.Latitude, establishment.Longitude), Is.EqualTo((51.0629, -0.3259)));
            Assert.That(establishment.OfstedUrn, Is.EqualTo("123456"));
            Assert.That(establishment.OfstedRating, Is.EqualTo(OfstedRating.Outstanding));
            Assert.That(establishment.Capacity, Is.EqualTo(40));
        });
    }

    [Test]
    public void Each_establishment_gets_its_own_id()
    {
        var supplier = Suppliers.Register();

        Assert.That(Suppliers.AddEstablishment(supplier).Id, Is.Not.EqualTo(Suppliers.AddEstablishment(supplier).Id));
    }

    [TestCase("rh12 1ab", "RH12 1AB")]
    [TestCase("RH121AB", "RH12 1AB")]
    [TestCase(" sw1a  1aa ", "SW1A 1AA")]
    [TestCase("m11ae", "M1 1AE")]
    public void Postcode_is_stored_upper_case_with_one_space_before_the_inward_code(string given, string stored) =>
        Assert.That(Suppliers.AddEstablishment(postcode: given).Postcode, Is.EqualTo(stored));

    [Test]
    public void Establishment_without_ofsted_registration_is_accepted()
    {
        var establishment = Suppliers.AddEstablishment(ofstedUrn: null, ofstedRating: null);

        Assert.That((establishment.OfstedUrn, establishment.OfstedRating), Is.EqualTo(((string?)null, (OfstedRating?)null)));
    }

    [Test]
    public void Blank_urn_is_stored_as_none()
    {
        var establishment = Suppliers.AddEstablishment(ofstedUrn: "  ", ofstedRating: null);

        Assert.That(establishment.OfstedUrn, Is.Null);
    }

    [Test]
    public void Update_changes_the_details_but_not_the_supplier_or_id()
    {
        var establishment = Suppliers.AddEstablishment();
        var id = establishment.Id;

        establishment.Update("Oakfield House", "2 Mill Road, Crawley", "rh10 1aa", 51.1124, -0.1831, "7654321", OfstedRating.RequiresImprovement, 0);

        Assert.Multiple(() =>
        {
            Assert.That(establishment.Id, Is.EqualTo(id));
            Assert.That(establishment.SupplierId, Is.EqualTo(Suppliers.Id));
            Assert.That(establishment.Name, Is.EqualTo("Oakfield House"));
            Assert.That(establishment.Address, Is.EqualTo("2 Mill Road, Crawley"));
            Assert.That(establishment.Postcode, Is.EqualTo("RH10 1AA"));
            Assert.That((establishment.Latitude, establishment.Longitude), Is.EqualTo((51.1124, -0.1831)));
            Assert.That(establishment.OfstedUrn, Is.EqualTo("7654321"));
            Assert.That(establishment.OfstedRating, Is.EqualTo(OfstedRating.RequiresImprovement));
            Assert.That(establishment.Capacity, Is.Zero);
        });
    }
}
