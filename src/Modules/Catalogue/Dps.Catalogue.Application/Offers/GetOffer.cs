using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Catalogue.Application.Offers;

/// <summary>An offer's current version.</summary>
public sealed record GetOffer(Guid OfferId) : IQuery<OfferResponse>;

internal sealed class GetOfferHandler(ICatalogueDb db, ICurrentActor actor) : IRequestHandler<GetOffer, OfferResponse>
{
    public async Task<OfferResponse> Handle(GetOffer query, CancellationToken cancellationToken) =>
        OfferResponse.From(await db.Offers.AsNoTracking().GetReadableAsync(actor, query.OfferId, cancellationToken));
}
