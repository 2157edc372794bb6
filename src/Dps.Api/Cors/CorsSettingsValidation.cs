using Microsoft.Extensions.Options;

namespace Dps.Api.Cors;

/// <summary>
/// Refuses, at start-up, an allowed origin no browser could send: the policy compares the <c>Origin</c> header as a
/// string, so <c>localhost:3000</c>, a path or a trailing slash would silently never match.
/// </summary>
internal sealed class CorsSettingsValidation : IValidateOptions<CorsSettings>
{
    private const string Key = $"{CorsSettings.Section}:{nameof(CorsSettings.AllowedOrigins)}";

    public ValidateOptionsResult Validate(string? name, CorsSettings settings)
    {
        var failures = settings.AllowedOrigins.Select(Problem).OfType<string>().ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string? Problem(string? entry, int index)
    {
        var isWeb = Uri.TryCreate(entry, UriKind.Absolute, out var address)
            && (address.Scheme == Uri.UriSchemeHttps || address.Scheme == Uri.UriSchemeHttp)
            && address.UserInfo.Length == 0;
        var origin = isWeb ? address!.GetLeftPart(UriPartial.Authority) : null;
        if (origin is not null && string.Equals(origin, entry, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return $"{Key}:{index} is '{entry}', which is not an origin: give an absolute http or https origin as a browser sends it, "
            + "scheme, host and port only, with no path, query or trailing slash (e.g. 'https://app.example.org')"
            + (origin is null ? "." : $"; did you mean '{origin}'?");
    }
}
