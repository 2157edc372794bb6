using Dps.Catalogue.Application.Search;
using Npgsql;

namespace Dps.Catalogue.Infrastructure.Persistence;

/// <summary>
/// The haversine distance as the Catalogue's SQL measures it, shared by every statement that measures one, so that the
/// search and the members Referral asks for agree to the last bit on who is inside a radius.
/// </summary>
internal static class GreatCircle
{
    /// <summary>Absorbs floating-point noise, so a point exactly on the circle is inside it.</summary>
    public const double Tolerance = 1e-9;

    /// <summary>The distance in miles of listing <c>l</c> from (@lat, @lon); see <see cref="AddParameters"/>.</summary>
    public const string DistanceSql = """
        2 * @earth_radius * asin(least(1, sqrt(
            power(sin(radians(l.latitude - @lat) / 2), 2)
            + cos(radians(@lat)) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - @lon) / 2), 2))))
        """;

    /// <summary>Whether an unrounded distance is within the radius: the comparison the search makes with @radius.</summary>
    public static bool IsWithin(double distanceMiles, double radiusMiles) => distanceMiles <= Limit(radiusMiles);

    /// <summary>A distance as answers show it: 2 decimals, half away from zero.</summary>
    public static double Rounded(double miles) => Math.Round(miles, 2, MidpointRounding.AwayFromZero);

    /// <summary>@earth_radius, @lat and @lon for <see cref="DistanceSql"/>, and @radius: the limit, the tolerance included.</summary>
    public static void AddParameters(NpgsqlCommand command, double latitude, double longitude, double radiusMiles)
    {
        command.Parameters.AddWithValue("earth_radius", IEstablishmentSearch.EarthRadiusMiles);
        command.Parameters.AddWithValue("lat", latitude);
        command.Parameters.AddWithValue("lon", longitude);
        command.Parameters.AddWithValue("radius", Limit(radiusMiles));
    }

    private static double Limit(double radiusMiles) => radiusMiles + Tolerance;
}
