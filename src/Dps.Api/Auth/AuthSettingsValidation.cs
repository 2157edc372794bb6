using Microsoft.Extensions.Options;

namespace Dps.Api.Auth;

/// <summary>Refuses, at start-up, auth settings that would leave tokens unchecked or checked less than they seem.</summary>
internal sealed class AuthSettingsValidation(IHostEnvironment environment) : IValidateOptions<AuthSettings>
{
    private static readonly string[] SignatureAlgorithms =
        ["HS256", "HS384", "HS512", "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512"];

    public ValidateOptionsResult Validate(string? name, AuthSettings options)
    {
        var failures = Failures(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private IEnumerable<string> Failures(AuthSettings settings)
    {
        var hasAuthority = !string.IsNullOrWhiteSpace(settings.Authority);
        if (!hasAuthority && string.IsNullOrEmpty(settings.SigningKey))
        {
            yield return "Configure Auth:Authority (an OpenID Connect provider) or Auth:SigningKey (at least 32 characters).";
        }

        if (settings.SigningKey is { Length: > 0 and < 32 })
        {
            yield return "Auth:SigningKey must have at least 32 characters.";
        }

        if (settings.SigningKey == AuthSettings.DevelopmentSigningKey && !environment.IsDevelopment())
        {
            yield return "Auth:SigningKey is the Development key committed to the repository, which anyone can sign with; configure a secret key of your own.";
        }

        if (hasAuthority && AuthorityProblem(settings.Authority!) is { } problem)
        {
            yield return problem;
        }

        foreach (var algorithm in settings.AcceptedAlgorithms().Where(a => !SignatureAlgorithms.Contains(a, StringComparer.Ordinal)))
        {
            yield return $"Auth:Algorithms holds '{algorithm}', which is not a signature algorithm; choose among {string.Join(", ", SignatureAlgorithms)}.";
        }

        if (settings.MaxTokenLifetime <= TimeSpan.Zero)
        {
            yield return "Auth:MaxTokenLifetime must be longer than zero.";
        }

        if (settings.ProviderTimeout <= TimeSpan.Zero)
        {
            yield return "Auth:ProviderTimeout must be longer than zero.";
        }
    }

    private string? AuthorityProblem(string authority)
    {
        if (!Uri.TryCreate(authority, UriKind.Absolute, out var address) || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
        {
            return $"Auth:Authority must be the provider's absolute https address, not '{authority}'.";
        }

        return address.Scheme == Uri.UriSchemeHttp && !environment.IsDevelopment()
            ? $"Auth:Authority must be an https address outside Development, or the provider's keys would be fetched unprotected: '{authority}'."
            : null;
    }
}
