using Dps.BuildingBlocks.Domain;

namespace Dps.Referral.Domain.Bids.Rules;

/// <summary>A bid prices each core cost line the establishment qualified with, once, and no other.</summary>
internal sealed class CoreCostLinesMustBeTheQualifiedLinesRule(IReadOnlyList<string> offered, IReadOnlyList<string> qualified) : IBusinessRule
{
    private IEnumerable<string> NotQualified => offered.Where(c => !qualified.Contains(c, StringComparer.OrdinalIgnoreCase));

    private IEnumerable<string> Missing => qualified.Where(c => !offered.Contains(c, StringComparer.OrdinalIgnoreCase));

    private IEnumerable<string> Repeated => offered.GroupBy(c => c, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key);

    public string Message => NotQualified.Any() ? $"Core cost lines not qualified: {string.Join(", ", NotQualified)}."
        : Missing.Any() ? $"Core cost lines qualified but not priced: {string.Join(", ", Missing)}."
        : $"Core cost lines priced more than once: {string.Join(", ", Repeated)}.";

    public bool IsBroken() => NotQualified.Any() || Missing.Any() || Repeated.Any();
}
