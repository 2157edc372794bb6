using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Qualification.Application.PurchasingSystems;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Qualification.Application.Categories;

public sealed record ListCategories(Guid DpsId, int Page, int PageSize) : IQuery<Paged<CategoryResponse>>, IPagedQuery;

internal sealed class ListCategoriesValidator : AbstractValidator<ListCategories>
{
    public ListCategoriesValidator() => Include(PagingRules.Instance);
}

internal sealed class ListCategoriesHandler(IQualificationDb db, ICurrentActor actor) : IRequestHandler<ListCategories, Paged<CategoryResponse>>
{
    public async Task<Paged<CategoryResponse>> Handle(ListCategories query, CancellationToken cancellationToken)
    {
        await db.PurchasingSystems.EnsureVisibleAsync(query.DpsId, actor, cancellationToken);
        return await db.Categories.AsNoTracking().OfDps(query.DpsId).OrderBy(c => c.Name)
            .ToPagedAsync(query, CategoryResponse.From, cancellationToken);
    }
}
