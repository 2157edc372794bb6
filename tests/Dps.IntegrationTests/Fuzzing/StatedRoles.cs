using System.Text.RegularExpressions;
using System.Text.Json.Nodes;

namespace Dps.IntegrationTests.Fuzzing;

/// <summary>
/// Who an operation says may call it. <c>RolesOperationFilter</c> writes it into the description as
/// "**Roles:** `a`, `b`" (or "any authenticated caller") and adds a bearer security requirement; an operation without
/// one is anonymous.
/// </summary>
public sealed partial record StatedRoles(bool Anonymous, IReadOnlyList<string>? Roles)
{
    private const string Marker = "**Roles:**";

    public static StatedRoles Of(JsonObject operation)
    {
        if (operation["security"] is not JsonArray { Count: > 0 })
        {
            return new StatedRoles(Anonymous: true, Roles: null);
        }

        var description = operation["description"]?.GetValue<string>() ?? string.Empty;
        var at = description.LastIndexOf(Marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return new StatedRoles(Anonymous: false, Roles: null);
        }

        var line = description[(at + Marker.Length)..].Split('\n')[0];
        var roles = Quoted().Matches(line).Select(m => m.Groups["role"].Value).ToList();
        return new StatedRoles(Anonymous: false, Roles: roles.Count == 0 ? null : roles);
    }

    /// <summary>Whether a caller with this role (null: no token) is let through the authorization check.</summary>
    public bool Allow(string? role) => Anonymous || (role is not null && (Roles is null || Roles.Contains(role)));

    public override string ToString() => Anonymous ? "anonymous" : Roles is null ? "any authenticated caller" : string.Join(", ", Roles);

    [GeneratedRegex("`(?<role>[^`]+)`")]
    private static partial Regex Quoted();
}
