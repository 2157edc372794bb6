using Dps.BuildingBlocks.Application;
using Dps.Catalogue.Domain.Taxonomies;

namespace Dps.Catalogue.Application.Taxonomies;

/// <param name="CurrentRevision">The latest revision; <paramref name="Revision"/> is the one shown.</param>
public sealed record TaxonomyResponse(
    Guid CategoryId,
    Guid DpsId,
    string CategoryName,
    int Revision,
    int CurrentRevision,
    IReadOnlyList<Contracts.TaxonomyTerm> Needs,
    IReadOnlyList<Contracts.TaxonomyTerm> Features,
    DateTimeOffset? ReplacedAt,
    uint Version) : IVersioned
{
    public static TaxonomyResponse From(Taxonomy taxonomy, TaxonomyRevision shown) => new(
        taxonomy.CategoryId,
        taxonomy.DpsId,
        taxonomy.CategoryName,
        shown.Revision,
        taxonomy.Revision,
        [.. shown.Needs.Select(Contracts.TaxonomyTerm.From)],
        [.. shown.Features.Select(Contracts.TaxonomyTerm.From)],
        shown.ReplacedAt,
        taxonomy.Version);

    public static TaxonomyResponse From(Taxonomy taxonomy) => From(taxonomy, taxonomy.AtRevision(taxonomy.Revision)!);
}
