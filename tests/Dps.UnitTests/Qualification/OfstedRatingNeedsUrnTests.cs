using Dps.BuildingBlocks.Domain;
using Dps.Qualification.Domain.Establishments;
using Dps.Qualification.Domain.Establishments.Rules;
using static Dps.UnitTests.BusinessRuleAssert;

namespace Dps.UnitTests.Qualification;

public sealed class OfstedRatingNeedsUrnTests
{
    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Establishment_rated_without_a_urn_is_refused(string? urn)
    {
        var exception = AssertBrokenRule<OfstedRatingNeedsUrnRule>(
            () => Suppliers.AddEstablishment(ofstedUrn: urn, ofstedRating: OfstedRating.Good));

        Assert.That(exception.Message, Does.Contain("Good"));
    }

    [Test]
    public void Establishment_rated_with_a_urn_is_accepted()
    {
        var establishment = Suppliers.AddEstablishment(ofstedUrn: "123456", ofstedRating: OfstedRating.Inadequate);

        Assert.That((establishment.OfstedUrn, establishment.OfstedRating), Is.EqualTo(("123456", (OfstedRating?)OfstedRating.Inadequate)));
    }

    [Test]
    public void Urn_without_a_rating_is_accepted_as_not_yet_inspected()
    {
        var establishment = Suppliers.AddEstablishment(ofstedUrn: "123456", ofstedRating: null);

        Assert.That((establishment.OfstedUrn, establishment.OfstedRating), Is.EqualTo(("123456", (OfstedRating?)null)));
    }

    [Test]
    public void Update_that_drops_the_urn_but_keeps_the_rating_is_refused_and_changes_nothing()
    {
        var establishment = Suppliers.AddEstablishment(ofstedUrn: "123456", ofstedRating: OfstedRating.Good);

        AssertBrokenRule<OfstedRatingNeedsUrnRule>(() => establishment.Update(
            "Renamed", "1 Church Lane", "RH12 1AB", 51.0629, -0.3259, null, OfstedRating.Outstanding, 10));

        Assert.Multiple(() =>
        {
            Assert.That(establishment.Name, Is.EqualTo("Oakfield School"));
            Assert.That(establishment.OfstedUrn, Is.EqualTo("123456"));
            Assert.That(establishment.OfstedRating, Is.EqualTo(OfstedRating.Good));
            Assert.That(establishment.Capacity, Is.EqualTo(40));
        });
    }

    [Test]
    public void Rating_without_a_urn_is_unprocessable()
    {
        var exception = AssertBrokenRule<OfstedRatingNeedsUrnRule>(
            () => Suppliers.AddEstablishment(ofstedUrn: null, ofstedRating: OfstedRating.Good));

        Assert.That(exception.BrokenRule.Kind, Is.EqualTo(BusinessRuleKind.Unprocessable));
    }
}
