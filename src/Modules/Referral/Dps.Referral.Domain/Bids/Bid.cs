using Dps.BuildingBlocks.Domain;
using Dps.Referral.Domain.Bids.Rules;
using Dps.Referral.Domain.Invitations;
using Dps.Referral.Domain.Referrals;

namespace Dps.Referral.Domain.Bids;

/// <summary>
/// An invited establishment's sealed bid on a referral. Its content (<see cref="BidContent"/>: prices, lines, needs
/// met, statement, start date) exists at rest only as <see cref="SealedContent"/>, encrypted; the columns beside it
/// say who bid, when, and the receipt's digest, nothing of what.
/// </summary>
public sealed class Bid : AggregateRoot
{
    private Bid()
    {
    }

    public BidId Id { get; private set; }

    public ReferralId ReferralId { get; private set; }

    public Guid EstablishmentId { get; private set; }

    public Guid SupplierId { get; private set; }

    public BidStatus Status { get; private set; }

    /// <summary>The content, encrypted with the bid's id as associated data: a nonce, the tag and the ciphertext.</summary>
    public byte[] SealedContent { get; private set; } = [];

    /// <summary>SHA-256 (hex) of the canonical content last sealed: the receipt the supplier keeps.</summary>
    public string ReceiptDigest { get; private set; } = null!;

    public DateTimeOffset SealedAt { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public DateTimeOffset? RevisedAt { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    public string? WithdrawalReason { get; private set; }

    public static Bid Submit(
        ReferralCase referral, Invitation invitation, QualifiedPricing qualified, bool hasLiveBid, BidOffer offer, IBidSeal seal, DateTimeOffset now)
    {
        referral.CheckOpenForResponses(now);
        CheckRule(new BidderMustBeAnActiveMemberRule(qualified.Standing));
        CheckRule(new OneLiveBidPerEstablishmentRule(hasLiveBid));
        var bid = new Bid
        {
            Id = BidId.New(),
            ReferralId = referral.Id,
            EstablishmentId = invitation.EstablishmentId,
            SupplierId = invitation.SupplierId,
            Status = BidStatus.Submitted,
            SubmittedAt = now,
        };
        bid.SealWith(seal, Price(offer, referral.Terms, qualified), now);
        return bid;
    }

    /// <summary>Replaces the offer as a whole, priced and sealed again; a new receipt.</summary>
    public void Revise(ReferralCase referral, QualifiedPricing qualified, BidOffer offer, IBidSeal seal, DateTimeOffset now)
    {
        referral.CheckOpenForResponses(now);
        CheckRule(new BidMustBeLiveRule(Status));
        CheckRule(new BidderMustBeAnActiveMemberRule(qualified.Standing));
        RevisedAt = now;
        SealWith(seal, Price(offer, referral.Terms, qualified), now);
    }

    public void Withdraw(ReferralCase referral, string reason, DateTimeOffset now)
    {
        referral.CheckOpenForResponses(now);
        CheckRule(new BidMustBeLiveRule(Status));
        Status = BidStatus.Withdrawn;
        WithdrawnAt = now;
        WithdrawalReason = reason;
    }

    /// <summary>
    /// Checks the offer against the referral and the establishment's qualified terms and prices it: the whole content
    /// that will be sealed. Codes take the referral's and the qualification's spelling.
    /// </summary>
    internal static BidContent Price(BidOffer offer, ReferralTerms referral, QualifiedPricing qualified)
    {
        CheckRule(new CoreCostLinesMustBeTheQualifiedLinesRule(
            [.. offer.CoreCosts.Select(l => l.LineCode)], [.. qualified.CoreCosts.Select(l => l.LineCode)]));
        var qualifiedLines = qualified.CoreCosts.ToDictionary(l => l.LineCode, StringComparer.OrdinalIgnoreCase);
        foreach (var line in offer.CoreCosts)
        {
            CheckRule(new CoreCostMustNotExceedTheQualifiedRule(line.LineCode, line.Amount, qualifiedLines[line.LineCode].Amount, qualified.Currency));
        }

        var needs = referral.RequiredNeeds.Select(n => n.Code).ToList();
        var features = referral.DesiredFeatures.Select(f => f.Code).ToList();
        CheckRule(new BidCodesMustBeTheReferralsRule("need", offer.NeedsMet, needs));
        CheckRule(new BidCodesMustBeTheReferralsRule("feature", offer.FeaturesMet, features));

        var normalised = offer with
        {
            CoreCosts = [.. offer.CoreCosts.Select(l => l with { LineCode = qualifiedLines[l.LineCode].LineCode })],
            NeedsMet = [.. needs.Where(c => offer.NeedsMet.Contains(c, StringComparer.OrdinalIgnoreCase))],
            FeaturesMet = [.. features.Where(c => offer.FeaturesMet.Contains(c, StringComparer.OrdinalIgnoreCase))],
        };
        var price = BidPrice.Compute(normalised.CoreCosts, normalised.VariableCosts, referral.GroupSize, qualified.CohortDiscountPercent, qualified.Currency);
        return new BidContent(normalised, price);
    }

    private void SealWith(IBidSeal seal, BidContent content, DateTimeOffset now)
    {
        var sealedContent = seal.Seal(Id, content);
        SealedContent = sealedContent.Ciphertext;
        ReceiptDigest = sealedContent.Digest;
        SealedAt = now;
    }
}
