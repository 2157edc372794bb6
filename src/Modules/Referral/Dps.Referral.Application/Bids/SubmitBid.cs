using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Referral.Application.Contracts;
using Dps.Referral.Domain.Bids;
using BidOffer = Dps.Referral.Application.Contracts.BidOffer;
using Dps.Referral.Domain.Referrals;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Referral.Application.Bids;

/// <summary>The supplier of an invited establishment bids on the referral for it; the answer carries the receipt.</summary>
public sealed record SubmitBid(Guid ReferralId, Guid EstablishmentId, BidOffer Offer) : ICommand<BidResponse>;

internal sealed class SubmitBidValidator : AbstractValidator<SubmitBid>
{
    public SubmitBidValidator()
    {
        RuleFor(c => c.EstablishmentId).NotEmpty();
        RuleFor(c => c.Offer).NotNull().SetValidator(new BidOfferValidator());
    }
}

internal sealed class SubmitBidHandler(IReferralDb db, ICurrentActor actor, IMediator mediator, IBidSeal seal, TimeProvider clock)
    : IRequestHandler<SubmitBid, BidResponse>
{
    public async Task<BidResponse> Handle(SubmitBid command, CancellationToken cancellationToken)
    {
        var referralId = ReferralId.From(command.ReferralId);
        var invitation = await db.Invitations.AsNoTracking().SingleOrDefaultAsync(
            i => i.ReferralId == referralId && i.EstablishmentId == command.EstablishmentId, cancellationToken);
        if (invitation is null || !actor.ActsForSupplier(invitation.SupplierId))
        {
            throw new NotFoundException("Invitation", command.EstablishmentId);
        }

        var referral = await db.ShareLockReferralAsync(referralId, cancellationToken);
        var qualified = await mediator.QualifiedPricingAsync(invitation.EstablishmentId, referral.CategoryId, cancellationToken);
        var hasLiveBid = await db.Bids.AnyAsync(
            b => b.ReferralId == referralId && b.EstablishmentId == invitation.EstablishmentId && b.Status == BidStatus.Submitted, cancellationToken);
        var offer = command.Offer.ToDomain();
        var bid = Bid.Submit(referral, invitation, qualified, hasLiveBid, offer, seal, clock.GetUtcNow());
        db.Bids.Add(bid);
        await db.SaveChangesAsync(cancellationToken);
        return BidResponse.From(bid, seal.Open(bid.Id, bid.SealedContent));
    }
}
