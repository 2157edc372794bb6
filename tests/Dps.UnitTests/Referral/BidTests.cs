using System.Security.Cryptography;
using System.Text;
using Dps.Referral.Application.Bids;
using Dps.Referral.Domain;
using Dps.Referral.Domain.Bids;
using Dps.Referral.Domain.Bids.Rules;
using Dps.Referral.Domain.Invitations;
using Dps.Referral.Domain.Referrals;
using Dps.Referral.Domain.Referrals.Rules;
using Microsoft.Extensions.Options;

namespace Dps.UnitTests.Referral;

public sealed class BidTests
{
    private static readonly IBidSeal Seal = new AesGcmBidSeal(Options.Create(new BidSealOptions { BidEncryptionKey = Convert.ToBase64String(new byte[32]) }));

    private static readonly QualifiedPricing Qualified = new(
        MemberStanding.Active, [new BidCoreCost("PREMISES", 1200m), new BidCoreCost("STAFFING", 1500m)], "GBP", 5m, 10m);

    private static BidOffer Offer(decimal premises = 1200m, decimal staffing = 1500m, params BidVariableCost[] variable) => new(
        [new BidCoreCost("premises", premises), new BidCoreCost("STAFFING", staffing)],
        variable,
        ["asd"],
        ["HALAL"],
        "Weekly key-worker sessions towards each outcome.",
        new DateOnly(2027, 1, 4));

    private static (ReferralCase Referral, Invitation Invitation) Invited(int groupSize = 1)
    {
        var referral = Referrals.Published(Referrals.Terms() with { GroupSize = groupSize });
        return (referral, Invitation.Send(referral, Guid.NewGuid(), Guid.NewGuid(), "Oakfield School", 3.2m, ["ASD"], ["HALAL"], Referrals.Now));
    }

    private static Bid Submit(ReferralCase referral, Invitation invitation, BidOffer? offer = null, QualifiedPricing? qualified = null, bool hasLiveBid = false) =>
        Bid.Submit(referral, invitation, qualified ?? Qualified, hasLiveBid, offer ?? Offer(), Seal, Referrals.Now.AddHours(1));

    [Test]
    public void A_core_cost_at_the_qualified_amount_or_below_is_accepted()
    {
        var content = Bid.Price(Offer(premises: 1199.99m), Referrals.Terms(), Qualified);

        Assert.That(content.Offer.CoreCosts.Select(l => $"{l.LineCode}:{l.Amount}"), Is.EqualTo(new[] { "PREMISES:1199.99", "STAFFING:1500" }));
    }

    [Test]
    public void A_core_cost_above_the_qualified_amount_is_refused_naming_the_line()
    {
        var refused = BusinessRuleAssert.AssertBrokenRule<CoreCostMustNotExceedTheQualifiedRule>(
            () => Bid.Price(Offer(staffing: 1500.01m), Referrals.Terms(), Qualified));

        Assert.That(refused.Message, Does.Contain("STAFFING").And.Contain("1500.01").And.Contain("1500.00"));
    }

    [Test]
    public void Core_cost_lines_not_qualified_or_left_out_are_refused()
    {
        BusinessRuleAssert.AssertBrokenRule<CoreCostLinesMustBeTheQualifiedLinesRule>(
            () => Bid.Price(Offer() with { CoreCosts = [.. Offer().CoreCosts, new BidCoreCost("TRANSPORT", 10m)] }, Referrals.Terms(), Qualified));
        BusinessRuleAssert.AssertBrokenRule<CoreCostLinesMustBeTheQualifiedLinesRule>(
            () => Bid.Price(Offer() with { CoreCosts = [new BidCoreCost("PREMISES", 100m)] }, Referrals.Terms(), Qualified));
        BusinessRuleAssert.AssertBrokenRule<CoreCostLinesMustBeTheQualifiedLinesRule>(
            () => Bid.Price(Offer() with { CoreCosts = [.. Offer().CoreCosts, new BidCoreCost("PREMISES", 1m)] }, Referrals.Terms(), Qualified));
    }

    [Test]
    public void Needs_and_features_met_must_be_the_referrals_own() =>
        BusinessRuleAssert.AssertBrokenRule<BidCodesMustBeTheReferralsRule>(
            () => Bid.Price(Offer() with { NeedsMet = ["SEMH"] }, Referrals.Terms(), Qualified));

    [Test]
    public void The_total_is_core_plus_variable_costs_with_no_discount_for_one_service_user()
    {
        var price = Bid.Price(Offer(variable: new BidVariableCost("1:1 support", 333.33m)), Referrals.Terms(), Qualified).Price;

        Assert.That(price, Is.EqualTo(new BidPrice(2700m, 333.33m, 0m, 0m, 3033.33m, "GBP")));
    }

    [Test]
    public void A_group_takes_the_cohort_discount_rounded_to_the_penny_at_the_end()
    {
        // 3033.33 less 5% is 2881.6635: rounded once, at the end, to 2881.66; the discount is what that leaves.
        var price = BidPrice.Compute(
            [new BidCoreCost("PREMISES", 1200m), new BidCoreCost("STAFFING", 1500m)], [new BidVariableCost("1:1", 333.33m)], groupSize: 2, 5m, "GBP");

        Assert.That(price, Is.EqualTo(new BidPrice(2700m, 333.33m, 5m, 151.67m, 2881.66m, "GBP")));
        Assert.That(price.Core + price.Variable - price.Discount, Is.EqualTo(price.Total));
    }

    [Test]
    public void A_half_penny_rounds_away_from_zero() =>
        Assert.That(BidPrice.Compute([new BidCoreCost("A", 0.10m)], [], groupSize: 2, 95m, "GBP").Total, Is.EqualTo(0.01m));

    [Test]
    public void An_invited_active_member_bids_and_gets_a_receipt_of_its_content()
    {
        var (referral, invitation) = Invited();

        var bid = Submit(referral, invitation);

        var opened = Seal.Open(bid.Id, bid.SealedContent);
        Assert.Multiple(() =>
        {
            Assert.That(bid.Status, Is.EqualTo(BidStatus.Submitted));
            Assert.That(bid.EstablishmentId, Is.EqualTo(invitation.EstablishmentId));
            Assert.That(opened.Price.Total, Is.EqualTo(2700m));
            Assert.That(opened.Offer.NeedsMet, Is.EqualTo(new[] { "ASD" }));
            Assert.That(bid.ReceiptDigest, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(BidCanonicalJson.Serialize(opened)))));
        });
    }

    [Test]
    public void A_suspended_member_cannot_bid()
    {
        var (referral, invitation) = Invited();

        BusinessRuleAssert.AssertBrokenRule<BidderMustBeAnActiveMemberRule>(() => Submit(referral, invitation, qualified: Qualified with { Standing = "Suspended" }));
    }

    [Test]
    public void An_establishment_has_one_live_bid()
    {
        var (referral, invitation) = Invited();

        BusinessRuleAssert.AssertBrokenRule<OneLiveBidPerEstablishmentRule>(() => Submit(referral, invitation, hasLiveBid: true));
    }

    [Test]
    public void No_bid_is_made_revised_or_withdrawn_at_or_after_the_deadline()
    {
        var (referral, invitation) = Invited();
        var bid = Submit(referral, invitation);
        var deadline = referral.ResponseDeadline;

        BusinessRuleAssert.AssertBrokenRule<ReferralMustBeOpenForResponsesRule>(
            () => Bid.Submit(referral, invitation, Qualified, false, Offer(), Seal, deadline));
        BusinessRuleAssert.AssertBrokenRule<ReferralMustBeOpenForResponsesRule>(() => bid.Revise(referral, Qualified, Offer(), Seal, deadline));
        BusinessRuleAssert.AssertBrokenRule<ReferralMustBeOpenForResponsesRule>(() => bid.Withdraw(referral, "late", deadline));
    }

    [Test]
    public void A_revision_reseals_with_a_new_receipt_and_a_withdrawn_bid_is_final()
    {
        var (referral, invitation) = Invited();
        var bid = Submit(referral, invitation);
        var first = bid.ReceiptDigest;

        bid.Revise(referral, Qualified, Offer(premises: 1000m), Seal, Referrals.Now.AddHours(2));
        var revised = bid.ReceiptDigest;
        bid.Withdraw(referral, "No vacancy", Referrals.Now.AddHours(3));

        Assert.That(revised, Is.Not.EqualTo(first));
        Assert.That(Seal.Open(bid.Id, bid.SealedContent).Price.Total, Is.EqualTo(2500m));
        BusinessRuleAssert.AssertBrokenRule<BidMustBeLiveRule>(() => bid.Revise(referral, Qualified, Offer(), Seal, Referrals.Now.AddHours(4)));
    }

    [Test]
    public void Closing_happens_once_and_only_after_the_deadline()
    {
        var referral = Referrals.Published();

        Assert.That(referral.CloseIfDue(referral.ResponseDeadline.AddTicks(-1)), Is.False);
        Assert.That(referral.CloseIfDue(referral.ResponseDeadline), Is.True);
        Assert.That(referral.CloseIfDue(referral.ResponseDeadline.AddDays(1)), Is.False);
        Assert.That(referral.Status, Is.EqualTo(ReferralStatus.Closed));
        Assert.That(referral.ClosedAt, Is.EqualTo(referral.ResponseDeadline));
    }
}

public sealed class BidSealTests
{
    private static readonly IBidSeal Seal = new AesGcmBidSeal(Options.Create(new BidSealOptions { BidEncryptionKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) }));

    private static readonly BidContent Content = new(
        new BidOffer([new BidCoreCost("PREMISES", 1234.56m)], [new BidVariableCost("Transport", 78.9m)], ["ASD"], [], "Our plan.", new DateOnly(2027, 1, 4)),
        new BidPrice(1234.56m, 78.9m, 0m, 0m, 1313.46m, "GBP"));

    [Test]
    public void Sealed_content_opens_to_what_was_sealed_and_holds_no_plaintext()
    {
        var id = BidId.New();

        var sealedContent = Seal.Seal(id, Content);

        Assert.That(Seal.Open(id, sealedContent.Ciphertext), Is.EqualTo(Content).Using<BidContent>((a, b) => BidCanonicalJson.Serialize(a).SequenceEqual(BidCanonicalJson.Serialize(b))));
        Assert.That(Encoding.Latin1.GetString(sealedContent.Ciphertext), Does.Not.Contain("1234").And.Not.Contain("PREMISES"));
    }

    [Test]
    public void Each_seal_takes_a_fresh_nonce_but_the_receipt_is_of_the_content()
    {
        var id = BidId.New();

        var first = Seal.Seal(id, Content);
        var second = Seal.Seal(id, Content);

        Assert.That(first.Ciphertext, Is.Not.EqualTo(second.Ciphertext));
        Assert.That(first.Digest, Is.EqualTo(second.Digest).And.Length.EqualTo(64));
    }

    [Test]
    public void Tampered_content_or_content_moved_to_another_bid_does_not_open()
    {
        var id = BidId.New();
        var sealedContent = Seal.Seal(id, Content).Ciphertext;
        var tampered = (byte[])sealedContent.Clone();
        tampered[^1] ^= 1;

        Assert.That(() => Seal.Open(id, tampered), Throws.InstanceOf<CryptographicException>());
        Assert.That(() => Seal.Open(BidId.New(), sealedContent), Throws.InstanceOf<CryptographicException>());
    }

    [Test]
    public void Amounts_are_one_text_whatever_their_scale() =>
        Assert.That(
            BidCanonicalJson.Digest(BidCanonicalJson.Serialize(Content with { Price = Content.Price with { Discount = 0.00m } })),
            Is.EqualTo(BidCanonicalJson.Digest(BidCanonicalJson.Serialize(Content))));

    [Test]
    public void A_key_that_is_not_32_bytes_of_base64_is_refused() =>
        Assert.That(() => new AesGcmBidSeal(Options.Create(new BidSealOptions { BidEncryptionKey = Convert.ToBase64String(new byte[16]) })), Throws.InvalidOperationException);
}
