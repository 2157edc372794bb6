using Dps.BuildingBlocks.Infrastructure.Feed;
using Dps.Referral.Domain.Invitations;
using Microsoft.EntityFrameworkCore;

namespace Dps.Referral.Infrastructure.Feed;

/// <summary>
/// An invitation is read as the referral it invites to. Invitations are written by COPY (<c>InvitationLedger</c>), which
/// adds their <c>invitation.created</c> entries the same way; a decline changes one through the change tracker.
/// </summary>
internal sealed class InvitationFeedSource : FeedSource<Invitation>
{
    private const string InvitationKind = "invitation";

    protected override string Kind => InvitationKind;

    public static FeedNotice NoticeOf(Invitation invitation, string change) => new(
        $"{InvitationKind}.{change}", InvitationKind, invitation.Id.Value, $"/api/v1/referrals/{invitation.ReferralId}", new(invitation.SupplierId, null));

    protected override ValueTask<IReadOnlyList<FeedNotice>> DescribeAsync(Invitation invitation, string change, DbContext db, CancellationToken cancellationToken) =>
        Only(NoticeOf(invitation, change == "changed" && invitation.DeclinedAt is not null ? "declined" : change));
}
