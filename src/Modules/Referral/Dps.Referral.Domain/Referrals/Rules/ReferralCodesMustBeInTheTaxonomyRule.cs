using Dps.BuildingBlocks.Domain;

namespace Dps.Referral.Domain.Referrals.Rules;

/// <summary>Needs and features are asked for in the codes of the category's taxonomy, so that profiles can meet them.</summary>
internal sealed class ReferralCodesMustBeInTheTaxonomyRule(string kind, IEnumerable<string> codes, IReadOnlyCollection<string> taxonomy) : IBusinessRule
{
    private readonly string[] _unknown = [.. codes.Where(c => !taxonomy.Contains(c, StringComparer.OrdinalIgnoreCase))];

    public string Message => $"Not a {kind} of the category's taxonomy: {string.Join(", ", _unknown)}.";

    public bool IsBroken() => _unknown.Length > 0;
}
