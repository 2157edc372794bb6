using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using MediatR;

namespace Dps.Catalogue.Application.Offers;

/// <summary>An offer's current version.</summary>
public sealed record GetOffer(Guid OfferId) : IQuery<OfferResponse>;

internal sealed class GetOfferHandler(ICatalogueDb db, ICurrentActor actor) : IRequestHandler<GetOffer, OfferResponse>
{
    public async Task<OfferResponse> Handle(GetOffer query, CancellationToken cancellationToken) =>
        OfferResponse.From(await db.GetReadableOfferAsync(actor, query.OfferId, cancellationToken));
}
