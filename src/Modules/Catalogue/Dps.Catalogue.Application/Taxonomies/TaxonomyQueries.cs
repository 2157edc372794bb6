using Dps.BuildingBlocks.Application.Errors;
using Dps.Catalogue.Domain.Taxonomies;
using Microsoft.EntityFrameworkCore;

namespace Dps.Catalogue.Application.Taxonomies;

internal static class TaxonomyQueries
{
    public static async Task<Taxonomy> GetAsync(this IQueryable<Taxonomy> taxonomies, Guid dpsId, Guid categoryId, CancellationToken cancellationToken) =>
        await taxonomies.SingleOrDefaultAsync(t => t.DpsId == dpsId && t.CategoryId == categoryId, cancellationToken)
        ?? throw new NotFoundException("Taxonomy of category", categoryId);
}
