using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using FluentValidation;
using MediatR;

namespace Dps.Catalogue.Application.Offers;

/// <summary>An offer's versions, oldest (1) first.</summary>
public sealed record ListOfferVersions(Guid OfferId, int Page, int PageSize) : IQuery<Paged<OfferVersionResponse>>, IPagedQuery;

internal sealed class ListOfferVersionsValidator : AbstractValidator<ListOfferVersions>
{
    public ListOfferVersionsValidator() => Include(PagingRules.Instance);
}

internal sealed class ListOfferVersionsHandler(ICatalogueDb db, ICurrentActor actor)
    : IRequestHandler<ListOfferVersions, Paged<OfferVersionResponse>>
{
    public async Task<Paged<OfferVersionResponse>> Handle(ListOfferVersions query, CancellationToken cancellationToken)
    {
        var offer = await db.GetReadableOfferAsync(actor, query.OfferId, cancellationToken);
        return Paged<OfferVersionResponse>.Of(offer.Versions.Select(v => OfferVersionResponse.From(offer, v)).ToList(), query);
    }
}
