using Dps.Referral.Domain.Invitations;
using Dps.Referral.Domain.Invitations.Rules;
using Dps.Referral.Domain.Referrals.Rules;

namespace Dps.UnitTests.Referral;

public sealed class InvitationTests
{
    [Test]
    public void An_invitation_records_which_needs_and_features_the_profile_meets()
    {
        var referral = Referrals.Published();

        var invitation = Invitation.Send(referral, Guid.NewGuid(), Guid.NewGuid(), "Weald House", 7.46m, ["asd", "SEMH"], [], Referrals.Now);

        Assert.Multiple(() =>
        {
            Assert.That(invitation.NeedsMet, Is.EqualTo(new[] { "ASD" }));
            Assert.That(invitation.NeedsNotMet, Is.EqualTo(new[] { "SLT" }));
            Assert.That(invitation.FeaturesOffered, Is.Empty);
            Assert.That(invitation.FeaturesNotOffered, Is.EqualTo(new[] { "HALAL" }));
            Assert.That(invitation.Round, Is.EqualTo(1));
        });
    }

    [Test]
    public void An_invitation_is_declined_once_and_only_while_the_referral_takes_responses()
    {
        var referral = Referrals.Published();
        var invitation = Invitation.Send(referral, Guid.NewGuid(), Guid.NewGuid(), "Weald House", 7.46m, [], [], Referrals.Now);
        var late = Invitation.Send(referral, Guid.NewGuid(), Guid.NewGuid(), "Downsview", 19m, [], [], Referrals.Now);

        invitation.Decline(referral, "No vacancy", Referrals.Now.AddDays(1));

        Assert.That(invitation.DeclineReason, Is.EqualTo("No vacancy"));
        BusinessRuleAssert.AssertBrokenRule<InvitationMayBeDeclinedOnceRule>(() => invitation.Decline(referral, "Again", Referrals.Now.AddDays(2)));
        BusinessRuleAssert.AssertBrokenRule<ReferralMustBeOpenForResponsesRule>(() => late.Decline(referral, "Too late", Referrals.Now.AddDays(11)));
    }

    [Test]
    public void A_rounds_digest_changes_when_any_decision_does_and_not_with_their_order()
    {
        var referral = Referrals.Published();
        EligibilityDecision Decision(Guid id, Eligibility eligibility, decimal miles) =>
            EligibilityDecision.Record(referral.Id, 1, id, Guid.Empty, "School", eligibility, miles, Referrals.Now);
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());

        var digest = EligibilityDecision.DigestOf([Decision(a, Eligibility.Invited, 9.99m), Decision(b, Eligibility.OutsideLimit, 10.01m)]);

        Assert.Multiple(() =>
        {
            Assert.That(digest, Has.Length.EqualTo(64));
            Assert.That(EligibilityDecision.DigestOf([Decision(b, Eligibility.OutsideLimit, 10.01m), Decision(a, Eligibility.Invited, 9.99m)]), Is.EqualTo(digest));
            Assert.That(EligibilityDecision.DigestOf([Decision(a, Eligibility.Invited, 9.99m), Decision(b, Eligibility.Invited, 10.01m)]), Is.Not.EqualTo(digest));
            Assert.That(EligibilityDecision.DigestOf([Decision(a, Eligibility.Invited, 9.98m), Decision(b, Eligibility.OutsideLimit, 10.01m)]), Is.Not.EqualTo(digest));
        });
    }
}
