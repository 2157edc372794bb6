using System.ComponentModel;
using Dps.BuildingBlocks.Application.Contracts;

namespace Dps.Catalogue.Application.Contracts;

/// <summary>A need an establishment can meet, or a feature it can offer, with the mark a referral gives it by default.</summary>
public sealed record TaxonomyTerm(
    [property: Description("The term's code, e.g. ASD: letters, digits, `_`, `-` or `.`, up to 40, unique among the category's needs (or features) ignoring case.")] string Code,
    [property: Description("The term's name as buyers and suppliers read it, e.g. Autism spectrum condition.")] string Name,
    [property: Description("The mark (zero or more) a referral gives this need or feature when it sets none of its own; a bid that meets it earns the mark.")] decimal DefaultMark) : IRequestContract<Domain.Taxonomies.TaxonomyTerm>
{
    public static TaxonomyTerm From(Domain.Taxonomies.TaxonomyTerm term) => new(term.Code, term.Name, term.DefaultMark);

    public Domain.Taxonomies.TaxonomyTerm ToDomain() => new(Code, Name, DefaultMark);
}
