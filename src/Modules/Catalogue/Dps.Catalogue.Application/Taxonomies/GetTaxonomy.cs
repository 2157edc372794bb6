using Dps.BuildingBlocks.Application;
using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.Catalogue.Domain.Taxonomies;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Catalogue.Application.Taxonomies;

public sealed record TaxonomyResponse(
    Guid CategoryId,
    Guid DpsId,
    string CategoryName,
    int Revision,
    IReadOnlyList<TaxonomyTerm> Needs,
    IReadOnlyList<TaxonomyTerm> Features,
    uint Version) : IVersioned;

public sealed record GetTaxonomy(Guid DpsId, Guid CategoryId) : IQuery<TaxonomyResponse>;

internal sealed class GetTaxonomyHandler(ICatalogueDb db) : IRequestHandler<GetTaxonomy, TaxonomyResponse>
{
    public async Task<TaxonomyResponse> Handle(GetTaxonomy query, CancellationToken cancellationToken)
    {
        var taxonomy = await db.Taxonomies.AsNoTracking()
            .SingleOrDefaultAsync(t => t.DpsId == query.DpsId && t.CategoryId == query.CategoryId, cancellationToken)
            ?? throw new NotFoundException("Taxonomy of category", query.CategoryId);
        return new TaxonomyResponse(
            taxonomy.CategoryId, taxonomy.DpsId, taxonomy.CategoryName, taxonomy.Revision, taxonomy.Needs, taxonomy.Features, taxonomy.Version);
    }
}
