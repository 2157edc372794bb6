using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Referral.Domain.DirectPlacements;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Referral.Application.DirectPlacements;

public sealed record GetDirectPlacement(Guid DirectPlacementId) : IQuery<DirectPlacementResponse>;

internal sealed class GetDirectPlacementHandler(IReferralDb db, ICurrentActor actor) : IRequestHandler<GetDirectPlacement, DirectPlacementResponse>
{
    public async Task<DirectPlacementResponse> Handle(GetDirectPlacement query, CancellationToken cancellationToken)
    {
        var id = DirectPlacementId.From(query.DirectPlacementId);
        var placement = await db.DirectPlacementsVisibleTo(actor).SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException("Direct placement", query.DirectPlacementId);
        return DirectPlacementResponse.From(placement);
    }
}

internal static class DirectPlacementAccess
{
    /// <summary>The manager and auditors see every placement; a buyer its own authority's; a supplier those placed with it.</summary>
    public static IQueryable<DirectPlacement> DirectPlacementsVisibleTo(this IReferralDb db, ICurrentActor actor)
    {
        var placements = db.DirectPlacements.AsNoTracking();
        if (actor.OverseesAll())
        {
            return placements;
        }

        var authorityId = actor.OwnAuthorityId();
        var supplierId = actor.OwnSupplierId();
        return placements.Where(p => (authorityId != null && p.AuthorityId == authorityId) || (supplierId != null && p.SupplierId == supplierId));
    }
}
