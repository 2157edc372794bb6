namespace Dps.Catalogue.Infrastructure.Persistence;

/// <summary>The latitude/longitude rectangle that holds every point within a great-circle radius of a centre.</summary>
internal readonly record struct BoundingBox(double MinLatitude, double MaxLatitude, double MinLongitude, double MaxLongitude, bool LongitudeBounded)
{
    public static BoundingBox Around(double latitude, double longitude, double radius, double earthRadius)
    {
        var angular = radius / earthRadius;
        var latitudeSpan = double.RadiansToDegrees(angular);
        var minLatitude = latitude - latitudeSpan;
        var maxLatitude = latitude + latitudeSpan;
        if (minLatitude <= -90 || maxLatitude >= 90 || angular >= Math.PI / 2)
        {
            return new BoundingBox(Math.Max(minLatitude, -90), Math.Min(maxLatitude, 90), -180, 180, LongitudeBounded: false);
        }

        // The widest longitude reached by the circle (where it touches a meridian), not at the centre's latitude.
        var ratio = Math.Sin(angular) / Math.Cos(double.DegreesToRadians(latitude));
        if (ratio >= 1)
        {
            return new BoundingBox(minLatitude, maxLatitude, -180, 180, LongitudeBounded: false);
        }

        var longitudeSpan = double.RadiansToDegrees(Math.Asin(ratio));
        var minLongitude = longitude - longitudeSpan;
        var maxLongitude = longitude + longitudeSpan;
        var wraps = minLongitude < -180 || maxLongitude > 180;
        return new BoundingBox(minLatitude, maxLatitude, minLongitude, maxLongitude, LongitudeBounded: !wraps);
    }
}
