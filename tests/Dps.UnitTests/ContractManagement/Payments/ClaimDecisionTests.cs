using Dps.BuildingBlocks.Domain;
using Dps.ContractManagement.Domain.Payments;
using Dps.ContractManagement.Domain.Payments.Rules;
using static Dps.UnitTests.BusinessRuleAssert;
using static Dps.UnitTests.ContractManagement.Payments.Claims;

namespace Dps.UnitTests.ContractManagement.Payments;

public sealed class ClaimDecisionTests
{
    [Test]
    public void The_buyer_verifies_a_claim_and_who_and_when_are_recorded()
    {
        var claimed = Claim(MilestoneKind.Start);

        var verified = claimed.Verify("buyer-1", At(2027, 7, 16));

        Assert.Multiple(() =>
        {
            Assert.That((verified.Status, verified.DecidedBy, verified.DecidedAt, verified.RejectionReason), Is.EqualTo((ClaimStatus.Verified, "buyer-1", (DateTimeOffset?)At(2027, 7, 16), (string?)null)));
            Assert.That((verified.Id, verified.Amount, verified.ClaimedBy), Is.EqualTo((claimed.Id, claimed.Amount, claimed.ClaimedBy)));
            Assert.That(claimed.Status, Is.EqualTo(ClaimStatus.Claimed), "the claim is a value: deciding returns the decided claim");
        });
    }

    [Test]
    public void The_buyer_rejects_a_claim_with_its_reason()
    {
        var rejected = Claim(MilestoneKind.Start).Reject("buyer-1", "  Start form unsigned ", At(2027, 7, 16));

        Assert.That((rejected.Status, rejected.DecidedBy, rejected.DecidedAt, rejected.RejectionReason), Is.EqualTo((ClaimStatus.Rejected, "buyer-1", (DateTimeOffset?)At(2027, 7, 16), "Start form unsigned")));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase(null)]
    public void A_rejection_without_a_reason_is_refused(string? reason)
    {
        AssertBrokenRule<RejectionMustGiveItsReasonRule>(() => Claim(MilestoneKind.Start).Reject("buyer-1", reason!, At(2027, 7, 16)));
    }

    [Test]
    public void A_claim_is_verified_or_rejected_once()
    {
        var verified = Claim(MilestoneKind.Start).Verify("buyer-1", At(2027, 7, 16));
        var rejected = Claim(MilestoneKind.Start).Reject("buyer-1", "Form unsigned", At(2027, 7, 16));

        Assert.Multiple(() =>
        {
            AssertBrokenRule<ClaimIsDecidedOnceRule>(() => verified.Verify("buyer-2", At(2027, 7, 17)));
            AssertBrokenRule<ClaimIsDecidedOnceRule>(() => verified.Reject("buyer-2", "Changed my mind", At(2027, 7, 17)));
            AssertBrokenRule<ClaimIsDecidedOnceRule>(() => rejected.Verify("buyer-2", At(2027, 7, 17)));
            var twice = AssertBrokenRule<ClaimIsDecidedOnceRule>(() => rejected.Reject("buyer-2", "Again", At(2027, 7, 17)));
            Assert.That(twice.BrokenRule.Kind, Is.EqualTo(BusinessRuleKind.Conflict));
        });
    }
}
