namespace Dps.Api.Auth;

/// <summary>
/// Where bearer tokens come from: either an OpenID Connect provider (<see cref="Authority"/>, whose published keys
/// are used) or a shared <see cref="SigningKey"/> (Development, and the tokens minted by /dev/tokens), and what a
/// token must be to be accepted.
/// </summary>
public sealed class AuthSettings
{
    public const string Section = "Auth";

    /// <summary>The key in appsettings.Development.json. It is public, so no host outside Development may accept it.</summary>
    public const string DevelopmentSigningKey = "dps-development-signing-key-not-for-production-use";

    /// <summary>HS256 for the shared key; RS256 and ES256, what providers sign with.</summary>
    public static readonly IReadOnlyList<string> DefaultAlgorithms = ["HS256", "RS256", "ES256"];

    public string Issuer { get; set; } = "dps";

    public string Audience { get; set; } = "dps-api";

    /// <summary>HMAC-SHA256 key, at least 32 characters.</summary>
    public string? SigningKey { get; set; }

    /// <summary>Base address of an OIDC provider; its /.well-known/openid-configuration supplies issuer keys.</summary>
    public string? Authority { get; set; }

    /// <summary>Whether tokens signed with <see cref="SigningKey"/> are accepted beside the provider's; only one source otherwise.</summary>
    public bool AcceptSharedKeyWithAuthority { get; set; }

    /// <summary>The signature algorithms (<c>alg</c>) accepted; <see cref="DefaultAlgorithms"/> when not configured.</summary>
    // Null rather than the defaults: the configuration binder appends configured items to an initialised collection.
    public string[]? Algorithms { get; set; }

    /// <summary>The longest a token may live: from its <c>iat</c> (or <c>nbf</c>, or now) to its <c>exp</c>.</summary>
    public TimeSpan MaxTokenLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long fetching the provider's discovery document or keys may take.</summary>
    public TimeSpan ProviderTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan DevTokenLifetime { get; set; } = TimeSpan.FromHours(8);

    public IReadOnlyList<string> AcceptedAlgorithms() => Algorithms is { Length: > 0 } configured ? configured : DefaultAlgorithms;
}
