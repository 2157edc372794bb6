using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Catalogue.Application.Participants;
using Dps.Catalogue.Domain.FundingModels;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Catalogue.Application.FundingModels;

/// <summary>
/// Funding models, optionally of one DPS, category or routeway: category models first, then routeways in order. A buyer
/// sees only its authority's DPSs' (another DPS, or a category of one, answers 404).
/// </summary>
public sealed record ListFundingModels(Guid? DpsId, Guid? CategoryId, string? Routeway, int Page, int PageSize)
    : IQuery<Paged<FundingModelResponse>>, IPagedQuery;

internal sealed class ListFundingModelsValidator : AbstractValidator<ListFundingModels>
{
    public ListFundingModelsValidator() => Include(PagingRules.Instance);
}

internal sealed class ListFundingModelsHandler(ICatalogueDb db, ICurrentActor actor) : IRequestHandler<ListFundingModels, Paged<FundingModelResponse>>
{
    public async Task<Paged<FundingModelResponse>> Handle(ListFundingModels query, CancellationToken cancellationToken)
    {
        var models = db.FundingModels.AsNoTracking().InDpssVisibleTo(actor, db, dpss => m => dpss.Contains(m.DpsId));
        if (query.DpsId is { } dpsId)
        {
            await db.EnsureMaySeeDpsAsync(actor, dpsId, cancellationToken);
            models = models.Where(m => m.DpsId == dpsId);
        }

        if (query.CategoryId is { } categoryId)
        {
            await db.EnsureMaySeeCategoryAsync(actor, categoryId, cancellationToken);
            models = models.Where(m => m.CategoryId == categoryId);
        }

        if (FundingModel.NormaliseRouteway(query.Routeway) is { } routeway)
        {
            models = models.Where(m => m.Routeway == routeway);
        }

        return await models.OrderBy(m => m.DpsId).ThenBy(m => m.Routeway).ThenBy(m => m.CreatedAt).ThenBy(m => m.Id)
            .ToPagedAsync(query, FundingModelResponse.From, cancellationToken);
    }
}
