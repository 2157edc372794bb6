using System.Text.RegularExpressions;

namespace Dps.Api.OpenApi;

/// <summary>A camel-case name in words, for the descriptions the document derives from names.</summary>
internal static partial class NameWords
{
    /// <summary><c>directPlacement</c> is "direct placement", <c>dps</c> "DPS".</summary>
    public static string Of(string camel) => string.Join(' ', WordStart().Split(camel)
        .Where(word => word.Length > 0)
        .Select(word => word.Equals("dps", StringComparison.OrdinalIgnoreCase) ? "DPS" : word.ToLowerInvariant()));

    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])")]
    private static partial Regex WordStart();
}
