namespace Dps.Evaluation.Application.OfferMatching;

/// <summary>The haversine distance in miles, rounded to 2 decimals half away from zero, as the Catalogue's search measures it.</summary>
internal static class GreatCircle
{
    private const double EarthRadiusMiles = 3958.8;

    public static decimal Miles(double fromLatitude, double fromLongitude, double toLatitude, double toLongitude)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var a = Math.Pow(Math.Sin(Radians(toLatitude - fromLatitude) / 2), 2)
            + (Math.Cos(Radians(fromLatitude)) * Math.Cos(Radians(toLatitude)) * Math.Pow(Math.Sin(Radians(toLongitude - fromLongitude) / 2), 2));
        var miles = 2 * EarthRadiusMiles * Math.Asin(Math.Min(1, Math.Sqrt(a)));
        return Math.Round((decimal)miles, 2, MidpointRounding.AwayFromZero);
    }
}
