using System.Text.RegularExpressions;

namespace Dps.Api.Webhooks;

/// <summary>What a subscription asks for: exact event types (<c>bid.submitted</c>), whole kinds (<c>bid.*</c>), or, with none, every event.</summary>
public static partial class WebhookEventTypes
{
    public const int MaxCount = 50;

    public static bool IsPattern(string pattern) => Pattern().IsMatch(pattern);

    public static bool Match(IReadOnlyList<string> patterns, string type) =>
        patterns.Count == 0 || patterns.Any(p => p.EndsWith(".*", StringComparison.Ordinal)
            ? type.StartsWith(p[..^1], StringComparison.Ordinal)
            : p == type);

    [GeneratedRegex("^[a-z][a-z-]*\\.([a-z][a-z-]*|\\*)$")]
    private static partial Regex Pattern();
}
