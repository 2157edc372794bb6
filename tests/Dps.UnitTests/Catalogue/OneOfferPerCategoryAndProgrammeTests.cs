using Dps.BuildingBlocks.Domain;
using Dps.Catalogue.Domain.Offers;
using Dps.Catalogue.Domain.Offers.Rules;
using static Dps.UnitTests.Catalogue.Offers;

namespace Dps.UnitTests.Catalogue;

public sealed class OneOfferPerCategoryAndProgrammeTests
{
    [Test]
    public void A_second_offer_of_the_same_programme_in_the_same_category_is_refused_as_a_conflict()
    {
        var first = Submit(programme: "Routes to Work");

        var broken = BusinessRuleAssert.AssertBrokenRule<OneOfferPerCategoryAndProgrammeRule>(
            () => Submit(programme: "  ROUTES to   work", content: Content("Something else entirely."), supplierOffers: Current(first)));

        Assert.That(broken.BrokenRule.Kind, Is.EqualTo(BusinessRuleKind.Conflict));
    }

    [Test]
    public void Another_programme_in_the_same_category_is_accepted()
    {
        var first = Submit(programme: "Routes to Work");

        Assert.DoesNotThrow(() => Submit(programme: "Confidence Builders", content: Content("Something else."), supplierOffers: Current(first)));
    }

    [Test]
    public void The_same_programme_in_another_category_is_accepted_when_it_is_written_for_that_category()
    {
        var first = Submit(programme: "Routes to Work");

        Assert.DoesNotThrow(() => Submit(GettingJobs, "Routes to Work", Content("Job search and interview practice."), Current(first)));
    }

    [Test]
    public void Renaming_an_offer_to_another_of_the_suppliers_programmes_in_its_category_is_refused()
    {
        var first = Submit(programme: "Routes to Work");
        var second = Submit(programme: "Confidence Builders", content: Content("Something else."), supplierOffers: Current(first));

        BusinessRuleAssert.AssertBrokenRule<OneOfferPerCategoryAndProgrammeRule>(
            () => second.Revise("Routes to Work", second.Content, StandingInCategory.ActiveMember, Current(first, second), Now));
    }

    [Test]
    public void A_revision_that_keeps_the_programme_does_not_conflict_with_the_offer_itself()
    {
        var offer = Submit();

        Assert.DoesNotThrow(() => offer.Revise(offer.ProgrammeName, Content(price: 480m), StandingInCategory.ActiveMember, Current(offer), Now));
    }
}
