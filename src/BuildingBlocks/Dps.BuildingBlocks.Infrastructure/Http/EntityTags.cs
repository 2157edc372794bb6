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

        var tag = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        if (tag.Length > 2 && tag[0] == '"' && tag[^1] == '"' && uint.TryParse(tag[1..^1], out var version))
        {
            return version;
        }

        throw new BadHttpRequestException($"If-Match must be one entity tag as sent in ETag, e.g. \"42\"; got {header}.");
    }
}
