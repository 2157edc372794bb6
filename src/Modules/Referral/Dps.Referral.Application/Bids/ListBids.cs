using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Referral.Application.Referrals;
using Dps.Referral.Domain.Bids;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Referral.Application.Bids;

/// <summary>
/// A referral's bids, oldest first. A supplier lists its own, opened. The buyer, the manager and auditors list every bid,
/// opened, once the referral has closed; before that the page is empty and its total is the number of live bids.
/// </summary>
public sealed record ListBids(Guid ReferralId, int Page, int PageSize) : IQuery<Paged<BidResponse>>, IPagedQuery;

internal sealed class ListBidsValidator : AbstractValidator<ListBids>
{
    public ListBidsValidator() => Include(PagingRules.Instance);
}

internal sealed class ListBidsHandler(IReferralDb db, ICurrentActor actor, IBidSeal seal) : IRequestHandler<ListBids, Paged<BidResponse>>
{
    public async Task<Paged<BidResponse>> Handle(ListBids query, CancellationToken cancellationToken)
    {
        var referral = await db.GetReadableAsync(actor, query.ReferralId, cancellationToken);
        var bids = db.Bids.AsNoTracking().Where(b => b.ReferralId == referral.Id);
        var seesAll = actor.ReadsAllOf(referral);
        if (!seesAll)
        {
            bids = bids.ScopedToOwnSupplier(actor, seesAll: false, supplierId => b => b.SupplierId == supplierId);
        }
        else if (referral.ClosedAt is null)
        {
            var live = await bids.CountAsync(b => b.Status == BidStatus.Submitted, cancellationToken);
            return new Paged<BidResponse>([], query.Page, query.PageSize, live);
        }

        return await bids.OrderBy(b => b.SubmittedAt).ThenBy(b => b.Id)
            .ToPagedAsync(query, b => BidResponse.From(b, seal.Open(b.Id, b.SealedContent)), cancellationToken);
    }
}
