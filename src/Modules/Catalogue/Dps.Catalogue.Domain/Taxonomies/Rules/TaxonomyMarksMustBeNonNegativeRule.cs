using Dps.BuildingBlocks.Domain;

namespace Dps.Catalogue.Domain.Taxonomies.Rules;

/// <summary>A default mark rewards meeting a need or offering a feature; it can never penalise.</summary>
internal sealed class TaxonomyMarksMustBeNonNegativeRule(IReadOnlyList<TaxonomyTerm> terms) : IBusinessRule
{
    private IEnumerable<string> Negative => terms.Where(t => t.DefaultMark < 0).Select(t => t.Code);

    public string Message => $"Default marks must be zero or more; negative: {string.Join(", ", Negative)}.";

    public bool IsBroken() => Negative.Any();
}
