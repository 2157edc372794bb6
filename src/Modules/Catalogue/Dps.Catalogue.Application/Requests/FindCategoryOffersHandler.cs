using Dps.Catalogue.Domain.Listings;
using Dps.Catalogue.Domain.Offers;
using Dps.Catalogue.IntegrationEvents.Requests;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Money = Dps.BuildingBlocks.Application.Contracts.Money;

namespace Dps.Catalogue.Application.Requests;

internal sealed class FindCategoryOffersHandler(ICatalogueDb db) : IRequestHandler<FindCategoryOffers, IReadOnlyList<CategoryOffer>>
{
    public async Task<IReadOnlyList<CategoryOffer>> Handle(FindCategoryOffers query, CancellationToken cancellationToken)
    {
        var active = (await db.Listings.AsNoTracking()
                .Where(l => l.CategoryId == query.CategoryId && l.Status == ListingStatus.Active)
                .Select(l => new { l.SupplierId, l.EstablishmentId, l.Name, l.Score })
                .ToListAsync(cancellationToken))
            .GroupBy(l => l.SupplierId)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<OfferEstablishment>)[.. g.OrderByDescending(l => l.Score).ThenBy(l => l.EstablishmentId).Select(l => new OfferEstablishment(l.EstablishmentId, l.Name, l.Score))]);
        var offers = await db.Offers.AsNoTracking()
            .Where(o => o.CategoryId == query.CategoryId && o.Status == OfferStatus.Active)
            .OrderBy(o => o.SubmittedAt).ThenBy(o => o.Id)
            .ToListAsync(cancellationToken);
        return [.. offers.Where(o => active.ContainsKey(o.SupplierId)).Select(o => new CategoryOffer(
            o.Id.Value,
            o.VersionNumber,
            o.SupplierId,
            o.ProgrammeName,
            o.Content.ClientGroups,
            [.. o.Content.DeliveryLocations.Select(l => new OfferDeliveryLocation(l.Name, l.Postcode, l.Latitude, l.Longitude))],
            Money.From(o.Content.PricePerParticipant),
            o.Content.ExpectedJobOutcomePercentage,
            o.SubmittedAt,
            active[o.SupplierId]))];
    }
}
