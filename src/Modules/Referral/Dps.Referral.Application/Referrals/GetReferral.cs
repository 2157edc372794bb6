using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using MediatR;

namespace Dps.Referral.Application.Referrals;

public sealed record GetReferral(Guid ReferralId) : IQuery<ReferralResponse>;

internal sealed class GetReferralHandler(IReferralDb db, ICurrentActor actor) : IRequestHandler<GetReferral, ReferralResponse>
{
    public async Task<ReferralResponse> Handle(GetReferral query, CancellationToken cancellationToken) =>
        await db.ResponseAsync(await db.GetReadableAsync(actor, query.ReferralId, cancellationToken), cancellationToken);
}
