using Dps.Catalogue.Domain.Offers;
using Dps.Catalogue.Domain.Offers.Rules;
using static Dps.UnitTests.BusinessRuleAssert;
using static Dps.UnitTests.Catalogue.Offers;

namespace Dps.UnitTests.Catalogue;

public sealed class OffersComeOnlyFromActiveMembersTests
{
    [Test]
    public void A_supplier_not_admitted_to_the_category_cannot_offer_in_it()
    {
        var broken = AssertBrokenRule<OffersComeOnlyFromActiveMembersRule>(() => Submit(standing: StandingInCategory.NotAMember));

        Assert.That(broken.Message, Does.Contain("apply to the category"));
    }

    [Test]
    public void A_supplier_suspended_in_the_category_cannot_offer_until_reinstated()
    {
        var broken = AssertBrokenRule<OffersComeOnlyFromActiveMembersRule>(() => Submit(standing: StandingInCategory.Suspended));

        Assert.That(broken.Message, Does.Contain("suspended"));
    }

    [Test]
    public void A_suspended_supplier_cannot_revise_its_offer()
    {
        var offer = Submit();

        AssertBrokenRule<OffersComeOnlyFromActiveMembersRule>(
            () => offer.Revise(offer.ProgrammeName, Content(price: 500m), StandingInCategory.Suspended, Current(offer), Now));
        Assert.That(offer.VersionNumber, Is.EqualTo(1));
    }
}
