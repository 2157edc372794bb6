using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Security;
using Dps.Catalogue.Application.Participants;
using Dps.Catalogue.Domain.Listings;
using Dps.Catalogue.Domain.Offers;
using Microsoft.EntityFrameworkCore;

namespace Dps.Catalogue.Application.Offers;

internal static class OfferQueries
{
    /// <summary>The offer, if it exists and the actor may read it: its supplier's, and of a DPS the actor may see.</summary>
    public static async Task<Offer> GetReadableOfferAsync(this ICatalogueDb db, ICurrentActor actor, Guid offerId, CancellationToken cancellationToken)
    {
        var offer = await db.Offers.AsNoTracking().GetAsync(offerId, cancellationToken);
        return actor.MayReadOfferOf(offer.SupplierId) && await db.MaySeeDpsAsync(actor, offer.DpsId, cancellationToken)
            ? offer
            : throw new NotFoundException("Offer", offerId);
    }

    /// <summary>The offer, if it exists and the actor is its supplier's staff.</summary>
    public static async Task<Offer> GetOwnAsync(
        this IQueryable<Offer> offers, ICurrentActor actor, Guid offerId, CancellationToken cancellationToken)
    {
        var offer = await offers.GetAsync(offerId, cancellationToken);
        return actor.ActsForSupplier(offer.SupplierId) ? offer : throw new NotFoundException("Offer", offerId);
    }

    /// <summary>The supplier's current (not withdrawn) offers, as the offer rules compare a new version with them.</summary>
    public static async Task<IReadOnlyCollection<SupplierOffer>> CurrentOffersOfAsync(
        this IQueryable<Offer> offers, Guid supplierId, CancellationToken cancellationToken) =>
        await offers.AsNoTracking()
            .Where(o => o.SupplierId == supplierId && o.Status == OfferStatus.Active)
            .Select(o => new SupplierOffer(o.Id, o.CategoryId, o.ProgrammeName, o.Fingerprint))
            .ToListAsync(cancellationToken);

    /// <summary>Where the supplier stands in the category: the category must be the DPS's, and one of its establishments an active member.</summary>
    public static async Task<StandingInCategory> StandingOfAsync(
        this ICatalogueDb db, Guid supplierId, Guid dpsId, Guid categoryId, CancellationToken cancellationToken)
    {
        if (!await db.Taxonomies.AnyAsync(t => t.DpsId == dpsId && t.CategoryId == categoryId, cancellationToken))
        {
            return StandingInCategory.CategoryNotInTheDps;
        }

        var statuses = await db.Listings
            .Where(l => l.SupplierId == supplierId && l.CategoryId == categoryId && l.Status != ListingStatus.Removed)
            .Select(l => l.Status)
            .Distinct()
            .ToListAsync(cancellationToken);
        return statuses.Contains(ListingStatus.Active) ? StandingInCategory.ActiveMember
            : statuses.Count > 0 ? StandingInCategory.Suspended
            : StandingInCategory.NotAMember;
    }

    private static async Task<Offer> GetAsync(this IQueryable<Offer> offers, Guid offerId, CancellationToken cancellationToken) =>
        await offers.SingleOrDefaultAsync(o => o.Id == OfferId.From(offerId), cancellationToken)
        ?? throw new NotFoundException("Offer", offerId);
}
