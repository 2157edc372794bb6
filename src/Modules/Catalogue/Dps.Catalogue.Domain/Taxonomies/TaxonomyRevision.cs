namespace Dps.Catalogue.Domain.Taxonomies;

/// <summary>One revision of a taxonomy; earlier ones are kept so a referral published with them keeps its marks.</summary>
/// <param name="ReplacedAt">When a later revision replaced it; null for the current revision.</param>
public sealed record TaxonomyRevision(int Revision, IReadOnlyList<TaxonomyTerm> Needs, IReadOnlyList<TaxonomyTerm> Features, DateTimeOffset? ReplacedAt);
