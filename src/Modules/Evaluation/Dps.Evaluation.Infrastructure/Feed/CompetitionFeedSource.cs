using Dps.BuildingBlocks.Infrastructure.Feed;
using Dps.Evaluation.Domain.Competitions;
using Microsoft.EntityFrameworkCore;

namespace Dps.Evaluation.Infrastructure.Feed;

/// <summary>The buyer follows the evaluation of its closed referral (a competition has its referral's id) to its award.</summary>
internal sealed class CompetitionFeedSource : FeedSource<Competition>
{
    protected override string Kind => "evaluation";

    protected override ValueTask<IReadOnlyList<FeedNotice>> DescribeAsync(Competition competition, string change, DbContext db, CancellationToken cancellationToken) =>
        Only(Notice(change, competition.Id.Value, $"/api/v1/referrals/{competition.Id}/evaluation", new(null, competition.AuthorityId)));
}
