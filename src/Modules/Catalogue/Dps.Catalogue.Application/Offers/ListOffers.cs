using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Catalogue.Application.Participants;
using Dps.Catalogue.Domain.Listings;
using Dps.Catalogue.Domain.Offers;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Catalogue.Application.Offers;

/// <summary>
/// Offers, oldest first, optionally of one DPS, category or supplier; a supplier sees only its own, a buyer only those it
/// can buy now in its authority's DPSs (another DPS, or a category of one, answers 404).
/// </summary>
public sealed record ListOffers(Guid? DpsId, Guid? CategoryId, Guid? SupplierId, int Page, int PageSize)
    : IQuery<Paged<OfferResponse>>, IPagedQuery;

internal sealed class ListOffersValidator : AbstractValidator<ListOffers>
{
    public ListOffersValidator() => Include(PagingRules.Instance);
}

internal sealed class ListOffersHandler(ICatalogueDb db, ICurrentActor actor) : IRequestHandler<ListOffers, Paged<OfferResponse>>
{
    public async Task<Paged<OfferResponse>> Handle(ListOffers query, CancellationToken cancellationToken)
    {
        var offers = db.Offers.AsNoTracking()
            .ScopedToOwnSupplier(actor, seesAll: actor.ReadsAllOffers(), id => o => o.SupplierId == id)
            .InDpssVisibleTo(actor, db, dpss => o => dpss.Contains(o.DpsId));

        if (actor.ListsOnlyAvailableOffers())
        {
            offers = offers.Where(o => o.Status == OfferStatus.Active && db.Listings.Any(
                l => l.SupplierId == o.SupplierId && l.CategoryId == o.CategoryId && l.Status == ListingStatus.Active));
        }

        if (query.DpsId is { } dpsId)
        {
            await db.EnsureMaySeeDpsAsync(actor, dpsId, cancellationToken);
            offers = offers.Where(o => o.DpsId == dpsId);
        }

        if (query.CategoryId is { } categoryId)
        {
            await db.EnsureMaySeeCategoryAsync(actor, categoryId, cancellationToken);
            offers = offers.Where(o => o.CategoryId == categoryId);
        }

        if (query.SupplierId is { } supplierId)
        {
            offers = offers.Where(o => o.SupplierId == supplierId);
        }

        return await offers.OrderBy(o => o.SubmittedAt).ThenBy(o => o.Id).ToPagedAsync(query, OfferResponse.From, cancellationToken);
    }
}
