using Dps.BuildingBlocks.Application.Messaging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Qualification.Application.Categories;

public sealed record GetCategory(Guid DpsId, Guid CategoryId) : IQuery<CategoryResponse>;

internal sealed class GetCategoryHandler(IQualificationDb db) : IRequestHandler<GetCategory, CategoryResponse>
{
    public async Task<CategoryResponse> Handle(GetCategory query, CancellationToken cancellationToken) =>
        CategoryResponse.From(await db.Categories.AsNoTracking().GetAsync(query.DpsId, query.CategoryId, cancellationToken));
}
