using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Application.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Qualification.Application.Memberships;

public sealed record GetMembership(Guid MembershipId) : IQuery<MembershipResponse>;

internal sealed class GetMembershipHandler(IQualificationDb db, ICurrentActor actor, SchemeClock clock)
    : IRequestHandler<GetMembership, MembershipResponse>
{
    public async Task<MembershipResponse> Handle(GetMembership query, CancellationToken cancellationToken) =>
        MembershipResponse.From(await db.Memberships.AsNoTracking().GetVisibleAsync(query.MembershipId, actor, cancellationToken), clock.Today);
}
