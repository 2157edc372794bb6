using System.ComponentModel;
using Dps.BuildingBlocks.Application;
using Dps.Catalogue.Domain.Taxonomies;

namespace Dps.Catalogue.Application.Taxonomies;

/// <param name="CurrentRevision">The latest revision; <paramref name="Revision"/> is the one shown.</param>
public sealed record TaxonomyResponse(
    Guid CategoryId,
    Guid DpsId,
    [property: Description("The category's name.")] string CategoryName,
    [property: Description("The revision shown, from 1.")] int Revision,
    [property: Description("The latest revision: the one establishments' profiles and new referrals use.")] int CurrentRevision,
    [property: Description("The needs an establishment can meet in the category, in this revision.")] IReadOnlyList<Contracts.TaxonomyTerm> Needs,
    [property: Description("The features an establishment can offer in the category, in this revision.")] IReadOnlyList<Contracts.TaxonomyTerm> Features,
    [property: Description("When a later revision replaced the one shown (UTC); null for the current revision.")] DateTimeOffset? ReplacedAt,
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
