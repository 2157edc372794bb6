namespace Dps.Catalogue.Domain.Taxonomies;

/// <summary>A need an establishment can meet, or a feature it can offer, with the mark a referral gives it by default.</summary>
public sealed record TaxonomyTerm(string Code, string Name, decimal DefaultMark);
