using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Referral.Domain.Bids;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Referral.Application.Bids;

/// <summary>One bid, opened: its supplier's at any time; the referral's buyer, the manager and auditors once it has closed.</summary>
public sealed record GetBid(Guid BidId) : IQuery<BidResponse>;

internal sealed class GetBidHandler(IReferralDb db, ICurrentActor actor, IBidSeal seal) : IRequestHandler<GetBid, BidResponse>
{
    public async Task<BidResponse> Handle(GetBid query, CancellationToken cancellationToken)
    {
        var bid = await db.Bids.AsNoTracking().SingleOrDefaultAsync(b => b.Id == BidId.From(query.BidId), cancellationToken)
            ?? throw new NotFoundException("Bid", query.BidId);
        var referral = await db.Referrals.AsNoTracking().SingleAsync(r => r.Id == bid.ReferralId, cancellationToken);
        return actor.MayOpen(bid, referral) ? BidResponse.From(bid, seal.Open(bid.Id, bid.SealedContent)) : throw new NotFoundException("Bid", query.BidId);
    }
}
