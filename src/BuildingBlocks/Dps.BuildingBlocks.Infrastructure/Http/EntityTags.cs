using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Dps.BuildingBlocks.Infrastructure.Http;

/// <summary>A resource's version as an HTTP entity tag: sent as ETag, expected back as If-Match.</summary>
public static class EntityTags
{
    public static string Format(uint version) => $"\"{version}\"";

    /// <summary>The version named by If-Match, or null when the header is absent or "*".</summary>
    public static uint? IfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*")
        {
            return null;
        }

        // If-Match compares strongly (RFC 9110 13.1.1), so a weak W/ tag can never match: refuse it as we refuse garbage.
        var digits = header.Length > 2 && header[0] == '"' && header[^1] == '"' ? header[1..^1] : string.Empty;
        if (digits.Length > 0 && digits.All(char.IsAsciiDigit) && uint.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return version;
        }

        throw new BadHttpRequestException($"If-Match must be the one strong entity tag sent in ETag, e.g. \"42\"; got {header}.");
    }
}
