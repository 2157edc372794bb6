using Dps.BuildingBlocks.Infrastructure.Feed;
using Dps.ContractManagement.Domain.BlockBookings;
using Microsoft.EntityFrameworkCore;

namespace Dps.ContractManagement.Infrastructure.Feed;

internal sealed class BlockBookingFeedSource : FeedSource<BlockBooking>
{
    protected override string Kind => "block-booking";

    protected override ValueTask<IReadOnlyList<FeedNotice>> DescribeAsync(BlockBooking booking, string change, DbContext db, CancellationToken cancellationToken) =>
        Only(Notice(change, booking.Id.Value, $"/api/v1/block-bookings/{booking.Id}", new(booking.SupplierId, booking.AuthorityId)));
}
