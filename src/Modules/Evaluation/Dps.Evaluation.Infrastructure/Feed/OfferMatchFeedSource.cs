using Dps.BuildingBlocks.Infrastructure.Feed;
using Dps.Evaluation.Domain.OfferMatching;
using Microsoft.EntityFrameworkCore;

namespace Dps.Evaluation.Infrastructure.Feed;

/// <summary>The buyer follows the offer matching of its business case (a match has its referral's id) to its award.</summary>
internal sealed class OfferMatchFeedSource : FeedSource<BusinessCaseMatch>
{
    protected override string Kind => "offer-matching";

    protected override ValueTask<IReadOnlyList<FeedNotice>> DescribeAsync(BusinessCaseMatch match, string change, DbContext db, CancellationToken cancellationToken) =>
        Only(Notice(change, match.Id.Value, $"/api/v1/referrals/{match.Id}/offer-matches", new(null, match.AuthorityId)));
}
