using Dps.BuildingBlocks.Domain;

namespace Dps.Catalogue.Domain.Listings.Rules;

/// <summary>A profile names needs and features only from its category's taxonomy, so buyers can search for them.</summary>
internal sealed class ProfileCodesMustBeInTheTaxonomyRule(string kind, IReadOnlyList<string> codes, IEnumerable<string> taxonomyCodes) : IBusinessRule
{
    private readonly HashSet<string> _known = new(taxonomyCodes, StringComparer.OrdinalIgnoreCase);

    private IEnumerable<string> Unknown => codes.Where(c => !IsKnown(c)).Distinct(StringComparer.OrdinalIgnoreCase);

    public string Message => $"Unknown {kind} codes for this category's taxonomy: {string.Join(", ", Unknown)}.";

    /// <summary>Whether the taxonomy has the code (codes are compared ignoring case).</summary>
    public bool IsKnown(string code) => _known.Contains(code);

    public bool IsBroken() => Unknown.Any();
}
