using Dps.BuildingBlocks.Domain;

namespace Dps.Catalogue.Domain.Taxonomies.Rules;

/// <summary>Profiles, referrals and bids name needs and features by code, so a code means one term among the needs (or the features).</summary>
internal sealed class TaxonomyCodesMustBeUniqueRule(string kind, IReadOnlyList<TaxonomyTerm> terms) : IBusinessRule
{
    private IEnumerable<string> Duplicates => terms
        .GroupBy(t => t.Code, StringComparer.OrdinalIgnoreCase)
        .Where(g => g.Count() > 1)
        .Select(g => g.Key);

    public string Message => $"Each of the {kind} needs its own code (case is ignored); repeated: {string.Join(", ", Duplicates)}.";

    public bool IsBroken() => Duplicates.Any();
}
