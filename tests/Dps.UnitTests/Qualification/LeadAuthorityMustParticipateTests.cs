using Dps.BuildingBlocks.Domain;
using Dps.Qualification.Domain.PurchasingSystems.Rules;
using static Dps.UnitTests.BusinessRuleAssert;
using static Dps.UnitTests.Qualification.Authorities;

namespace Dps.UnitTests.Qualification;

public sealed class LeadAuthorityMustParticipateTests
{
    [Test]
    public void Dps_whose_lead_authority_does_not_participate_is_refused()
    {
        var exception = AssertBrokenRule<LeadAuthorityMustParticipateRule>(
            () => PurchasingSystems.Create(leadAuthority: WestSussex, participatingAuthorities: List(EastSussex, Brighton)));

        Assert.That(exception.Message, Does.Contain(WestSussex.Name));
    }

    [Test]
    public void Update_that_drops_the_lead_authority_is_refused()
    {
        var dps = PurchasingSystems.Create(leadAuthority: WestSussex, participatingAuthorities: List(WestSussex, EastSussex));

        AssertBrokenRule<LeadAuthorityMustParticipateRule>(() => dps.Update("Children's placements", List(EastSussex, Brighton)));
    }

    [Test]
    public void Lead_authority_is_recognised_by_its_id_not_its_name()
    {
        var dps = PurchasingSystems.Create(
            leadAuthority: WestSussex, participatingAuthorities: List(WestSussex with { Name = "WSCC" }, EastSussex));

        Assert.That(dps.LeadAuthority, Is.EqualTo(WestSussex));
    }

    [Test]
    public void Missing_lead_authority_is_unprocessable()
    {
        var exception = AssertBrokenRule<LeadAuthorityMustParticipateRule>(
            () => PurchasingSystems.Create(leadAuthority: WestSussex, participatingAuthorities: List(EastSussex)));

        Assert.That(exception.BrokenRule.Kind, Is.EqualTo(BusinessRuleKind.Unprocessable));
    }
}
