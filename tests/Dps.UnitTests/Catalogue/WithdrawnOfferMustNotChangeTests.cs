using Dps.BuildingBlocks.Domain;
using Dps.Catalogue.Domain.Offers;
using Dps.Catalogue.Domain.Offers.Rules;
using static Dps.UnitTests.Catalogue.Offers;

namespace Dps.UnitTests.Catalogue;

public sealed class WithdrawnOfferMustNotChangeTests
{
    [Test]
    public void A_withdrawn_offer_cannot_be_revised()
    {
        var offer = Submit();
        offer.Withdraw(Now);

        var broken = BusinessRuleAssert.AssertBrokenRule<WithdrawnOfferMustNotChangeRule>(
            () => offer.Revise(offer.ProgrammeName, Content(price: 500m), StandingInCategory.ActiveMember, [], Now));

        Assert.Multiple(() =>
        {
            Assert.That(broken.BrokenRule.Kind, Is.EqualTo(BusinessRuleKind.Conflict));
            Assert.That(offer.VersionNumber, Is.EqualTo(1));
        });
    }

    [Test]
    public void A_withdrawn_offer_cannot_be_withdrawn_again()
    {
        var offer = Submit();
        offer.Withdraw(Now);

        BusinessRuleAssert.AssertBrokenRule<WithdrawnOfferMustNotChangeRule>(() => offer.Withdraw(Now.AddDays(1)));
        Assert.That(offer.WithdrawnAt, Is.EqualTo(Now));
    }
}
