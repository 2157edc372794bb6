using Dps.BuildingBlocks.Application.Contracts;

namespace Dps.Catalogue.Application.Contracts;

/// <summary>A need an establishment can meet, or a feature it can offer, with the mark a referral gives it by default.</summary>
public sealed record TaxonomyTerm(string Code, string Name, decimal DefaultMark) : IRequestContract<Domain.Taxonomies.TaxonomyTerm>
{
    public static TaxonomyTerm From(Domain.Taxonomies.TaxonomyTerm term) => new(term.Code, term.Name, term.DefaultMark);

    public Domain.Taxonomies.TaxonomyTerm ToDomain() => new(Code, Name, DefaultMark);
}
