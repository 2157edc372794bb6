using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Paging;
using Dps.Qualification.Domain.PurchasingSystems;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Qualification.Application.Categories;

public sealed record ListCategories(Guid DpsId, int Page, int PageSize) : IQuery<Paged<CategoryResponse>>, IPagedQuery;

internal sealed class ListCategoriesValidator : AbstractValidator<ListCategories>
{
    public ListCategoriesValidator() => Include(PagingRules.Instance);
}

internal sealed class ListCategoriesHandler(IQualificationDb db) : IRequestHandler<ListCategories, Paged<CategoryResponse>>
{
    public async Task<Paged<CategoryResponse>> Handle(ListCategories query, CancellationToken cancellationToken)
    {
        if (!await db.PurchasingSystems.AnyAsync(d => d.Id == DpsId.From(query.DpsId), cancellationToken))
        {
            throw new NotFoundException("DPS", query.DpsId);
        }

        return await db.Categories.AsNoTracking().OfDps(query.DpsId).OrderBy(c => c.Name)
            .ToPagedAsync(query, CategoryResponse.From, cancellationToken);
    }
}
