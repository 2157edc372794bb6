namespace Dps.Evaluation.Domain.Scoring;

/// <summary>
/// Distance from home in whole bands: <c>band = floor(miles ÷ band miles)</c>, <c>mark = max(0, top mark − band)</c>, and
/// the points <c>weight × mark ÷ top mark</c>. With the defaults, 9.99 miles is 5/5, 10.00 miles 4/5, 50 or more 0/5.
/// </summary>
public sealed record LocationScore(decimal Miles, int Band, int Mark, int TopMark, decimal Weight, decimal Points)
{
    public static LocationScore Of(decimal miles, decimal weight, ScoringRules rules)
    {
        var band = (int)decimal.Floor(miles / rules.LocationBandMiles);
        var mark = Math.Max(0, rules.LocationTopMark - band);
        return new LocationScore(miles, band, mark, rules.LocationTopMark, weight, weight * mark / rules.LocationTopMark);
    }
}
