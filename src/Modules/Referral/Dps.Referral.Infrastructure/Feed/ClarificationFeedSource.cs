using Dps.BuildingBlocks.Infrastructure.Feed;
using Dps.Referral.Domain.Clarifications;
using Dps.Referral.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Dps.Referral.Infrastructure.Feed;

/// <summary>The buyer learns of questions asked and answered on its referrals; who asked stays unsaid.</summary>
internal sealed class ClarificationFeedSource : FeedSource<Clarification>
{
    protected override string Kind => "question";

    protected override async ValueTask<IReadOnlyList<FeedNotice>> DescribeAsync(Clarification question, string change, DbContext db, CancellationToken cancellationToken) =>
        await db.Set<ReferralCase>().FindAsync([question.ReferralId], cancellationToken) is { } referral
            ? [Notice(question.AnsweredAt is null ? "asked" : "answered", question.Id.Value,
                $"/api/v1/referrals/{question.ReferralId}/questions/{question.Id}", new(null, referral.AuthorityId))]
            : [];
}
