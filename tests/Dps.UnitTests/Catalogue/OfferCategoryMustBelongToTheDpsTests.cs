using Dps.Catalogue.Domain.Offers;
using Dps.Catalogue.Domain.Offers.Rules;
using static Dps.UnitTests.BusinessRuleAssert;
using static Dps.UnitTests.Catalogue.Offers;

namespace Dps.UnitTests.Catalogue;

public sealed class OfferCategoryMustBelongToTheDpsTests
{
    [Test]
    public void An_offer_in_a_category_of_another_dps_is_refused_naming_both()
    {
        var broken = AssertBrokenRule<OfferCategoryMustBelongToTheDpsRule>(() => Submit(standing: StandingInCategory.CategoryNotInTheDps));

        Assert.That(broken.Message, Does.Contain(Engagement.ToString()).And.Contain(DpsId.ToString()));
    }

    [Test]
    public void An_active_member_of_the_dpss_category_may_offer()
    {
        var offer = Submit(standing: StandingInCategory.ActiveMember);

        Assert.That(offer.CategoryId, Is.EqualTo(Engagement));
    }
}
