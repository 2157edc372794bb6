using Dps.BuildingBlocks.Domain;
using Dps.Referral.Domain.DirectPlacements.Rules;
using static Dps.UnitTests.BusinessRuleAssert;
using static Dps.UnitTests.Referral.ClarificationReferrals;

namespace Dps.UnitTests.Referral;

public sealed class DirectPlacementTests
{
    [Test]
    public void An_active_member_is_placed_with_at_the_price_given()
    {
        var placement = Place();

        Assert.That(placement.Price(), Is.EqualTo(new Money(2500m, "GBP")));
        Assert.That((placement.Reason, placement.Places, placement.PlacedAt), Is.EqualTo(("TribunalOrder", 1, Now)));
    }

    [TestCase("Suspended")]
    [TestCase("Removed")]
    public void Only_an_active_member_is_placed_with(string standing)
    {
        var broken = AssertBrokenRule<EstablishmentMustBeAnActiveMemberRule>(() => Place(standing: standing));

        Assert.That(broken.Message, Does.Contain(standing));
        Assert.That(broken.BrokenRule.Kind, Is.EqualTo(BusinessRuleKind.Conflict));
    }

    [Test]
    public void The_price_is_in_the_schemes_currency()
    {
        var broken = AssertBrokenRule<PriceMustBeInTheSchemesCurrencyRule>(() => Place(currency: "EUR"));

        Assert.That(broken.Message, Does.Contain("EUR").And.Contain("GBP"));
    }
}
