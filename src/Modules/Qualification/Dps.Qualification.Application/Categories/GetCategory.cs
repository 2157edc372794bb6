using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.Qualification.Application.PurchasingSystems;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Qualification.Application.Categories;

public sealed record GetCategory(Guid DpsId, Guid CategoryId) : IQuery<CategoryResponse>;

internal sealed class GetCategoryHandler(IQualificationDb db, ICurrentActor actor) : IRequestHandler<GetCategory, CategoryResponse>
{
    public async Task<CategoryResponse> Handle(GetCategory query, CancellationToken cancellationToken)
    {
        await db.PurchasingSystems.EnsureVisibleAsync(query.DpsId, actor, cancellationToken);
        return CategoryResponse.From(await db.Categories.AsNoTracking().GetAsync(query.DpsId, query.CategoryId, cancellationToken));
    }
}
