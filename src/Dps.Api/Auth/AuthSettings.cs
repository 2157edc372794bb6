namespace Dps.Api.Auth;

/// <summary>
/// Where bearer tokens come from: either an OpenID Connect provider (<see cref="Authority"/>, whose published keys
/// are used) or a shared <see cref="SigningKey"/> (Development, and the tokens minted by /dev/tokens).
/// </summary>
public sealed class AuthSettings
{
    public const string Section = "Auth";

    public string Issuer { get; set; } = "dps";

    public string Audience { get; set; } = "dps-api";

    /// <summary>HMAC-SHA256 key, at least 32 characters.</summary>
    public string? SigningKey { get; set; }

    /// <summary>Base address of an OIDC provider; its /.well-known/openid-configuration supplies issuer keys.</summary>
    public string? Authority { get; set; }

    public TimeSpan DevTokenLifetime { get; set; } = TimeSpan.FromHours(8);
}
