using System.Globalization;

namespace Dps.ContractManagement.Application.Publications;

/// <summary>Dates as OCDS wants them: RFC 3339 date-times in UTC, to the second.</summary>
internal static class OcdsDates
{
    public static string Instant(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The start of a day of service.</summary>
    public static string StartOf(DateOnly day) => Day(day) + "T00:00:00Z";

    /// <summary>The end of the last day of service: OCDS periods are precise, and the last day is served whole.</summary>
    public static string EndOf(DateOnly day) => Day(day) + "T23:59:59Z";

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
