using Dps.BuildingBlocks.Application.Messaging;
using Dps.Referral.Domain.Referrals;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Referral.Application.Bids;

/// <summary>The published referrals whose response deadline has passed on the platform clock, oldest deadline first.</summary>
public sealed record FindReferralsDueToClose(int Limit) : IQuery<IReadOnlyList<Guid>>;

internal sealed class FindReferralsDueToCloseHandler(IReferralDb db, TimeProvider clock) : IRequestHandler<FindReferralsDueToClose, IReadOnlyList<Guid>>
{
    public async Task<IReadOnlyList<Guid>> Handle(FindReferralsDueToClose query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await db.Referrals.AsNoTracking()
            .Where(r => r.Status == ReferralStatus.Published && r.ResponseDeadline <= now)
            .OrderBy(r => r.ResponseDeadline)
            .Take(query.Limit)
            .Select(r => r.Id)
            .ToListAsync(cancellationToken);
        return [.. due.Select(id => id.Value)];
    }
}
