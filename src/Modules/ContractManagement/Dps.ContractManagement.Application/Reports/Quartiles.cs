using System.ComponentModel;

namespace Dps.ContractManagement.Application.Reports;

/// <summary>
/// The lower quartile, median and upper quartile of some values, by linear interpolation between the closest ranks
/// (the "inclusive" method of spreadsheets' QUARTILE.INC): the p-th quantile of n sorted values is at rank p × (n − 1).
/// </summary>
public sealed record Quartiles(
    [property: Description("The lower quartile (25th percentile), interpolated between the closest ranks as spreadsheets' QUARTILE.INC.")] decimal Lower,
    [property: Description("The median (50th percentile): the middle value, or midway between the two middle ones.")] decimal Median,
    [property: Description("The upper quartile (75th percentile), interpolated between the closest ranks as spreadsheets' QUARTILE.INC.")] decimal Upper)
{
    public static Quartiles? Of(IEnumerable<decimal> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? null : new Quartiles(At(sorted, 0.25m), At(sorted, 0.5m), At(sorted, 0.75m));
    }

    internal static decimal? MedianOf(IEnumerable<decimal> values) => Of(values)?.Median;

    private static decimal At(List<decimal> sorted, decimal p)
    {
        var rank = p * (sorted.Count - 1);
        var below = (int)Math.Floor(rank);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + ((rank - below) * (sorted[above] - sorted[below]));
    }
}
