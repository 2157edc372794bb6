using Dps.BuildingBlocks.Infrastructure.Feed;
using Dps.Catalogue.Domain.Offers;
using Microsoft.EntityFrameworkCore;

namespace Dps.Catalogue.Infrastructure.Feed;

internal sealed class OfferFeedSource : FeedSource<Offer>
{
    protected override string Kind => "offer";

    protected override ValueTask<IReadOnlyList<FeedNotice>> DescribeAsync(Offer offer, string change, DbContext db, CancellationToken cancellationToken) =>
        Only(Notice(change, offer.Id.Value, $"/api/v1/offers/{offer.Id}", new(offer.SupplierId, null)));
}
