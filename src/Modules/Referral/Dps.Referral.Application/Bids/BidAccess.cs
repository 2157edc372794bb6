using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Security;
using Dps.Qualification.IntegrationEvents.Requests;
using Dps.Referral.Application.Referrals;
using Dps.Referral.Domain.Bids;
using Dps.Referral.Domain.Referrals;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Referral.Application.Bids;

/// <summary>
/// Who reads a bid's content: its own supplier at any time; the referral's buyers, the manager and auditors only once
/// the referral has closed. Before that they learn only how many live bids exist; anyone else is told the bid does not exist.
/// </summary>
internal static class BidAccess
{
    public static bool MayOpen(this ICurrentActor actor, Bid bid, ReferralCase referral) =>
        actor.ActsForSupplier(bid.SupplierId)
        || (referral.ClosedAt is not null && actor.ReadsAllOf(referral));

    /// <summary>The supplier's own bid, tracked, or 404.</summary>
    public static async Task<Bid> GetOwnBidAsync(this IReferralDb db, ICurrentActor actor, Guid bidId, CancellationToken cancellationToken)
    {
        var bid = await db.Bids.SingleOrDefaultAsync(b => b.Id == BidId.From(bidId), cancellationToken);
        return bid is not null && actor.ActsForSupplier(bid.SupplierId) ? bid : throw new NotFoundException("Bid", bidId);
    }

    /// <summary>
    /// The referral, its row share-locked until the transaction ends: closing (which locks it for update) waits for
    /// the bid being written, or the bid sees the referral closed. Never null: a bid's referral always exists.
    /// </summary>
    public static async Task<ReferralCase> ShareLockReferralAsync(this IReferralDb db, ReferralId referralId, CancellationToken cancellationToken) =>
        await db.ShareLockAsync(referralId, cancellationToken) ?? throw new NotFoundException("Referral", referralId.Value);

    /// <summary>The establishment's standing and qualified terms in the referral's category, as Qualification answers now.</summary>
    public static async Task<QualifiedPricing> QualifiedPricingAsync(
        this IMediator mediator, Guid establishmentId, Guid categoryId, CancellationToken cancellationToken)
    {
        var terms = await mediator.Send(new FindQualifiedTerms(establishmentId, categoryId), cancellationToken);
        if (terms is null)
        {
            // Never admitted: the bid is refused as not an active member before anything is priced.
            return new QualifiedPricing("NotAdmitted", [], string.Empty, 0, 0);
        }

        return new QualifiedPricing(
            terms.Standing,
            [.. terms.CoreCosts.Select(c => new BidCoreCost(c.LineCode, c.Amount.Amount))],
            terms.Currency,
            terms.CohortDiscountPercent,
            terms.SiblingDiscountPercent);
    }
}
