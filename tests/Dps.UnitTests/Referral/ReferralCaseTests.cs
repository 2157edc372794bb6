using Dps.Referral.Domain.Referrals;
using Dps.Referral.Domain.Referrals.Rules;

namespace Dps.UnitTests.Referral;

public sealed class ReferralCaseTests
{
    [Test]
    public void A_deadline_exactly_the_minimum_period_away_publishes()
    {
        var referral = Referrals.Draft(Referrals.Terms(deadline: Referrals.Now.AddDays(10)));

        referral.Publish(Referrals.TenDays, Referrals.Now);

        Assert.That(referral.Status, Is.EqualTo(ReferralStatus.Published));
        Assert.That(referral.Round, Is.EqualTo(1));
    }

    [Test]
    public void A_deadline_a_minute_short_of_the_minimum_period_is_refused()
    {
        var referral = Referrals.Draft(Referrals.Terms(deadline: Referrals.Now.AddDays(10).AddMinutes(-1)));

        BusinessRuleAssert.AssertBrokenRule<ResponseDeadlineMustLeaveTheMinimumPeriodRule>(() => referral.Publish(Referrals.TenDays, Referrals.Now));
        Assert.That(referral.Status, Is.EqualTo(ReferralStatus.Draft));
    }

    [Test]
    public void An_urgent_category_allows_a_shorter_deadline()
    {
        var referral = Referrals.Draft(Referrals.Terms(deadline: Referrals.Now.AddHours(24)));

        referral.Publish(new ResponsePeriod(TimeSpan.FromHours(24), Urgent: true), Referrals.Now);

        Assert.That(referral.Status, Is.EqualTo(ReferralStatus.Published));
    }

    [Test]
    public void A_business_case_is_not_published_for_bids() =>
        BusinessRuleAssert.AssertBrokenRule<BusinessCasesAreMatchedNotPublishedRule>(
            () => Referrals.Draft(kind: ReferralKind.BusinessCase).Publish(Referrals.TenDays, Referrals.Now));

    [Test]
    public void Only_a_draft_is_published_or_revised()
    {
        var referral = Referrals.Published();

        BusinessRuleAssert.AssertBrokenRule<ReferralMustBeADraftRule>(() => referral.Publish(Referrals.TenDays, Referrals.Now));
        BusinessRuleAssert.AssertBrokenRule<ReferralMustBeADraftRule>(() => referral.Revise(Referrals.Terms(), Referrals.Category, Referrals.Now));
    }

    [Test]
    public void Widening_adds_a_round_and_counts_the_newly_invited()
    {
        var referral = Referrals.Published();
        referral.RecordInvitations(2, minimumEligible: 3);

        referral.Widen(20, Referrals.Now.AddDays(1));
        referral.RecordInvitations(1, minimumEligible: 3);

        Assert.Multiple(() =>
        {
            Assert.That(referral.Round, Is.EqualTo(2));
            Assert.That(referral.Terms.GeographicLimitMiles, Is.EqualTo(20m));
            Assert.That(referral.InvitedCount, Is.EqualTo(3));
            Assert.That(referral.TooFewEligible, Is.False);
        });
    }

    [TestCase(10)]
    [TestCase(9.99)]
    public void The_limit_never_narrows_or_stays(decimal limit)
    {
        var referral = Referrals.Published();

        BusinessRuleAssert.AssertBrokenRule<GeographicLimitMayOnlyWidenRule>(() => referral.Widen(limit, Referrals.Now));
        Assert.That(referral.Round, Is.EqualTo(1));
    }

    [Test]
    public void A_referral_past_its_deadline_no_longer_widens()
    {
        var referral = Referrals.Published();

        BusinessRuleAssert.AssertBrokenRule<ReferralMustBeOpenForResponsesRule>(() => referral.Widen(20, Referrals.Now.AddDays(11)));
    }

    [Test]
    public void Fewer_invitations_than_the_minimum_flag_the_referral()
    {
        var referral = Referrals.Published();

        referral.RecordInvitations(2, minimumEligible: 3);

        Assert.That(referral.TooFewEligible, Is.True);
    }

    [Test]
    public void Codes_outside_the_taxonomy_are_refused()
    {
        var terms = Referrals.Terms() with { DesiredFeatures = [new DesiredFeature("KOSHER", 1)] };

        var broken = BusinessRuleAssert.AssertBrokenRule<ReferralCodesMustBeInTheTaxonomyRule>(() => Referrals.Draft(terms));
        Assert.That(broken.Message, Does.Contain("KOSHER"));
    }

    [Test]
    public void A_cancelled_referral_is_finished()
    {
        var referral = Referrals.Published();
        referral.Cancel("Moved away", Referrals.Now);

        Assert.That(referral.CancellationReason, Is.EqualTo("Moved away"));
        BusinessRuleAssert.AssertBrokenRule<ReferralMustNotBeFinishedRule>(() => referral.Cancel("Again", Referrals.Now));
    }
}
