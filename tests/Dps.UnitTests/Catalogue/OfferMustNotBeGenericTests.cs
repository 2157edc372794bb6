using Dps.BuildingBlocks.Domain;
using Dps.Catalogue.Domain.Offers;
using Dps.Catalogue.Domain.Offers.Rules;
using static Dps.UnitTests.Catalogue.Offers;

namespace Dps.UnitTests.Catalogue;

public sealed class OfferMustNotBeGenericTests
{
    [Test]
    public void The_same_content_in_another_category_is_a_generic_offer()
    {
        var engagement = Submit(Engagement, "Routes to Work");

        var broken = BusinessRuleAssert.AssertBrokenRule<OfferMustNotBeGenericRule>(
            () => Submit(GettingJobs, "Routes to Jobs", Content(), Current(engagement)));

        Assert.That(broken.BrokenRule.Kind, Is.EqualTo(BusinessRuleKind.Unprocessable));
    }

    [Test]
    public void A_copy_that_differs_only_in_case_and_spacing_is_still_generic()
    {
        var engagement = Submit(Engagement, "Routes to Work");
        var copy = Content("WEEKLY  one-to-one coaching and group workshops. ");

        BusinessRuleAssert.AssertBrokenRule<OfferMustNotBeGenericRule>(() => Submit(GettingJobs, "Routes to Jobs", copy, Current(engagement)));
    }

    [Test]
    public void Content_written_for_the_category_is_accepted()
    {
        var engagement = Submit(Engagement, "Routes to Work");

        Assert.DoesNotThrow(() => Submit(GettingJobs, "Routes to Jobs", Content("CV writing, job search and interview practice."), Current(engagement)));
    }

    [Test]
    public void A_revision_that_copies_an_offer_in_another_category_is_refused()
    {
        var engagement = Submit(Engagement, "Routes to Work");
        var gettingJobs = Submit(GettingJobs, "Routes to Jobs", Content("Job search."), Current(engagement));

        BusinessRuleAssert.AssertBrokenRule<OfferMustNotBeGenericRule>(
            () => gettingJobs.Revise("Routes to Jobs", Content(), StandingInCategory.ActiveMember, Current(engagement, gettingJobs), Now));
    }

    [Test]
    public void The_same_content_as_a_withdrawn_offer_is_accepted()
    {
        // The caller passes only the supplier's current offers: a withdrawn one is no longer on offer.
        Assert.DoesNotThrow(() => Submit(GettingJobs, "Routes to Jobs", Content(), []));
    }
}
