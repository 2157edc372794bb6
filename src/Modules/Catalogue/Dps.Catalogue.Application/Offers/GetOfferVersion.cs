using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using MediatR;

namespace Dps.Catalogue.Application.Offers;

/// <summary>One version of an offer, by its number (1 is the offer as first submitted).</summary>
public sealed record GetOfferVersion(Guid OfferId, int Number) : IQuery<OfferVersionResponse>;

internal sealed class GetOfferVersionHandler(ICatalogueDb db, ICurrentActor actor) : IRequestHandler<GetOfferVersion, OfferVersionResponse>
{
    public async Task<OfferVersionResponse> Handle(GetOfferVersion query, CancellationToken cancellationToken)
    {
        var offer = await db.GetReadableOfferAsync(actor, query.OfferId, cancellationToken);
        var version = offer.Versions.SingleOrDefault(v => v.Number == query.Number)
            ?? throw new NotFoundException($"Version of offer '{query.OfferId}'", query.Number);
        return OfferVersionResponse.From(offer, version);
    }
}
