namespace Dps.ContractManagement.Application.Publications;

/// <summary>The quarter's awards in the order both publications list them: oldest first, then by award id.</summary>
internal static class AwardOrder
{
    /// <exception cref="ArgumentException">An award was made outside the quarter.</exception>
    public static IReadOnlyList<PublishedAward> Of(IEnumerable<PublishedAward> awards, AwardQuarter quarter)
    {
        var ordered = awards.OrderBy(a => a.AwardedAt).ThenBy(a => a.AwardId).ToList();
        if (ordered.FirstOrDefault(a => !quarter.Contains(a.AwardedAt)) is { } outside)
        {
            throw new ArgumentException($"Award {outside.AwardId} was made at {outside.AwardedAt:O}, outside {quarter}.", nameof(awards));
        }

        return ordered;
    }
}
