using Dps.BuildingBlocks.Application.Messaging;

namespace Dps.Catalogue.IntegrationEvents.Requests;

/// <summary>
/// Asked by other modules (Referral, when a referral is raised): the category's current taxonomy with each term's
/// default mark. Null when the Catalogue has no taxonomy for the category.
/// </summary>
public sealed record FindCategoryTaxonomy(Guid CategoryId) : IQuery<CategoryTaxonomy?>;

public sealed record CategoryTaxonomy(Guid CategoryId, Guid DpsId, IReadOnlyList<TaxonomyMark> Needs, IReadOnlyList<TaxonomyMark> Features);

/// <summary>A need or feature of the taxonomy and the mark a referral gives it unless its buyer chooses another.</summary>
public sealed record TaxonomyMark(string Code, string Name, decimal DefaultMark);
