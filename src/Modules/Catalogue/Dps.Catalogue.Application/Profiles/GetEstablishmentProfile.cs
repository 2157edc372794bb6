using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Catalogue.Application.Profiles;

public sealed record GetEstablishmentProfile(Guid EstablishmentId) : IQuery<EstablishmentProfileResponse>;

internal sealed class GetEstablishmentProfileHandler(ICatalogueDb db, ICurrentActor actor)
    : IRequestHandler<GetEstablishmentProfile, EstablishmentProfileResponse>
{
    public async Task<EstablishmentProfileResponse> Handle(GetEstablishmentProfile query, CancellationToken cancellationToken)
    {
        var listings = await db.Listings.AsNoTracking().GetProfileListingsAsync(actor, query.EstablishmentId, forChange: false, cancellationToken);
        var categoryIds = listings.Select(l => l.CategoryId).ToList();
        var taxonomies = await db.Taxonomies.AsNoTracking().Where(t => categoryIds.Contains(t.CategoryId)).ToDictionaryAsync(t => t.CategoryId, cancellationToken);
        return EstablishmentProfileResponse.From(listings, taxonomies);
    }
}
