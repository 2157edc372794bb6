using Dps.Catalogue.Domain.Taxonomies;
using Dps.Catalogue.IntegrationEvents.Requests;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Catalogue.Application.Requests;

internal sealed class FindCategoryTaxonomyHandler(ICatalogueDb db) : IRequestHandler<FindCategoryTaxonomy, CategoryTaxonomy?>
{
    public async Task<CategoryTaxonomy?> Handle(FindCategoryTaxonomy query, CancellationToken cancellationToken)
    {
        var taxonomy = await db.Taxonomies.AsNoTracking()
            .Where(t => t.CategoryId == query.CategoryId)
            .Select(t => new { t.DpsId, t.Needs, t.Features })
            .SingleOrDefaultAsync(cancellationToken);
        return taxonomy is null ? null : new CategoryTaxonomy(query.CategoryId, taxonomy.DpsId, Marks(taxonomy.Needs), Marks(taxonomy.Features));
    }

    private static List<TaxonomyMark> Marks(IReadOnlyList<TaxonomyTerm> terms) => [.. terms.Select(t => new TaxonomyMark(t.Code, t.Name, t.DefaultMark))];
}
