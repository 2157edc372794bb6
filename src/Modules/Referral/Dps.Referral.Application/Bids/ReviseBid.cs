using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Referral.Application.Contracts;
using Dps.Referral.Domain.Bids;
using BidOffer = Dps.Referral.Application.Contracts.BidOffer;
using FluentValidation;
using MediatR;

namespace Dps.Referral.Application.Bids;

/// <summary>The supplier replaces its live bid's offer as a whole before the deadline; a new receipt.</summary>
public sealed record ReviseBid(Guid BidId, BidOffer Offer, uint? ExpectedVersion) : ICommand<BidResponse>;

internal sealed class ReviseBidValidator : AbstractValidator<ReviseBid>
{
    public ReviseBidValidator() => RuleFor(c => c.Offer).NotNull().SetValidator(new BidOfferValidator());
}

internal sealed class ReviseBidHandler(IReferralDb db, ICurrentActor actor, IMediator mediator, IBidSeal seal, TimeProvider clock)
    : IRequestHandler<ReviseBid, BidResponse>
{
    public async Task<BidResponse> Handle(ReviseBid command, CancellationToken cancellationToken)
    {
        var bid = await db.GetOwnBidAsync(actor, command.BidId, cancellationToken);
        db.ExpectVersion(bid, command.ExpectedVersion);
        var referral = await db.ShareLockReferralAsync(bid.ReferralId, cancellationToken);
        var qualified = await mediator.QualifiedPricingAsync(bid.EstablishmentId, referral.CategoryId, cancellationToken);
        bid.Revise(referral, qualified, command.Offer.ToDomain(), seal, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return BidResponse.From(bid, seal.Open(bid.Id, bid.SealedContent));
    }
}
