using Dps.BuildingBlocks.Domain;
using Dps.Qualification.Domain.PurchasingSystems;
using Dps.Qualification.Domain.PurchasingSystems.Rules;
using static Dps.UnitTests.BusinessRuleAssert;
using static Dps.UnitTests.Qualification.Authorities;

namespace Dps.UnitTests.Qualification;

public sealed class ParticipatingAuthoritiesMustBeDistinctTests
{
    [Test]
    public void Dps_naming_an_authority_twice_is_refused() =>
        AssertBrokenRule<ParticipatingAuthoritiesMustBeDistinctRule>(
            () => PurchasingSystems.Create(participatingAuthorities: List(WestSussex, EastSussex, WestSussex)));

    [Test]
    public void Authority_named_twice_under_another_name_is_still_a_duplicate() =>
        AssertBrokenRule<ParticipatingAuthoritiesMustBeDistinctRule>(
            () => PurchasingSystems.Create(participatingAuthorities: List(WestSussex, EastSussex, EastSussex with { Name = "ESCC" })));

    [Test]
    public void Update_naming_an_authority_twice_is_refused()
    {
        var dps = PurchasingSystems.Create();

        AssertBrokenRule<ParticipatingAuthoritiesMustBeDistinctRule>(
            () => dps.Update("Children's placements", List(WestSussex, Brighton, Brighton)));
    }

    [Test]
    public void Refused_update_leaves_the_authorities_unchanged()
    {
        var dps = PurchasingSystems.Create(participatingAuthorities: List(WestSussex, EastSussex));

        Assert.Throws<BusinessRuleValidationException>(() => dps.Update("Renamed", List(WestSussex, Brighton, Brighton)));

        Assert.That(dps.ParticipatingAuthorities, Is.EqualTo(List(WestSussex, EastSussex)));
        Assert.That(dps.Title, Is.EqualTo("Children's placements"));
    }

    [Test]
    public void Duplicate_authorities_are_unprocessable()
    {
        var exception = AssertBrokenRule<ParticipatingAuthoritiesMustBeDistinctRule>(
            () => PurchasingSystems.Create(participatingAuthorities: List(WestSussex, WestSussex)));

        Assert.That(exception.BrokenRule.Kind, Is.EqualTo(BusinessRuleKind.Unprocessable));
    }
}
