using System.Text;
using Dps.BuildingBlocks.Application.Security;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Dps.Api.Auth;

/// <summary>
/// Validates bearer JWTs. (ASP.NET's JwtBearer package does not restore from the registry served here,
/// so this is the part of it the platform needs, on the same IdentityModel validation.) Beyond signature, issuer,
/// audience and expiry, a token must be signed with one of <see cref="AuthSettings.Algorithms"/>, live no longer
/// than <see cref="AuthSettings.MaxTokenLifetime"/> and name its subject.
/// </summary>
public sealed partial class TokenValidation
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    private readonly JsonWebTokenHandler _handler = new();
    private readonly TokenValidationParameters _parameters;
    private readonly ConfigurationManager<OpenIdConnectConfiguration>? _provider;
    private readonly TimeSpan _maxLifetime;
    private readonly ILogger<TokenValidation> _logger;
    private Exception? _lastLoggedFailure;

    public TokenValidation(IOptions<AuthSettings> options, ILogger<TokenValidation> logger)
    {
        var settings = options.Value;
        _logger = logger;
        _maxLifetime = settings.MaxTokenLifetime;
        Authority = string.IsNullOrWhiteSpace(settings.Authority) ? null : settings.Authority;
        _parameters = new TokenValidationParameters
        {
            ValidIssuer = settings.Issuer,
            ValidAudience = settings.Audience,
            ValidAlgorithms = settings.AcceptedAlgorithms(),
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            NameClaimType = DpsClaims.Subject,
            RoleClaimType = DpsClaims.Role,
            ClockSkew = ClockSkew,
        };

        if (Authority is null || settings.AcceptSharedKeyWithAuthority)
        {
            _parameters.IssuerSigningKey = SigningKeyOf(settings);
        }

        if (Authority is not null)
        {
            _provider = new ConfigurationManager<OpenIdConnectConfiguration>(
                $"{Authority.TrimEnd('/')}/.well-known/openid-configuration",
                new OpenIdConnectConfigurationRetriever(),
                new HttpDocumentRetriever(new HttpClient { Timeout = settings.ProviderTimeout })
                {
                    // AuthSettingsValidation allows an http address in Development only (a local Keycloak, say).
                    RequireHttps = Authority.StartsWith("https:", StringComparison.OrdinalIgnoreCase),
                });
        }
        else if (_parameters.IssuerSigningKey is null)
        {
            throw new InvalidOperationException("Configure Auth:Authority (an OpenID Connect provider) or Auth:SigningKey (at least 32 characters).");
        }
    }

    /// <summary>The OpenID Connect provider whose keys validate tokens, if one is configured.</summary>
    public string? Authority { get; }

    /// <summary>Whether tokens signed with the shared key are accepted (always without a provider, beside one only when configured).</summary>
    public bool AcceptsSharedKey => _parameters.IssuerSigningKey is not null;

    public static SymmetricSecurityKey? SigningKeyOf(AuthSettings settings) =>
        settings.SigningKey is { Length: >= 32 } key ? new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)) : null;

    public async Task<TokenValidationResult> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        if (_provider is null)
        {
            return await CheckAsync(token, _parameters);
        }

        if (await ProviderConfigurationAsync(cancellationToken) is not { } configuration)
        {
            // The provider's tokens cannot be checked meanwhile, but shared-key ones still can where they are accepted.
            var shared = AcceptsSharedKey ? await CheckAsync(token, _parameters) : null;
            return shared is { IsValid: true }
                ? shared
                : Refused("The token could not be checked: the identity provider does not answer. Try again later.");
        }

        var parameters = _parameters.Clone();
        parameters.IssuerSigningKeys = configuration.SigningKeys;
        return await CheckAsync(token, parameters);
    }

    /// <summary>The provider's discovery document and keys, as last fetched; null (and logged) when it cannot be had.</summary>
    internal async Task<OpenIdConnectConfiguration?> ProviderConfigurationAsync(CancellationToken cancellationToken)
    {
        if (_provider is null)
        {
            return null;
        }

        try
        {
            return await _provider.GetConfigurationAsync(cancellationToken);
        }
        catch (Exception failure) when (!cancellationToken.IsCancellationRequested)
        {
            // Until it retries, the manager throws its last fetch's failure again: log each failed fetch once, not every request.
            var cause = failure.InnerException ?? failure;
            if (!ReferenceEquals(Interlocked.Exchange(ref _lastLoggedFailure, cause), cause))
            {
                LogProviderUnreachable(Authority!, cause);
            }

            return null;
        }
    }

    private async Task<TokenValidationResult> CheckAsync(string token, TokenValidationParameters parameters)
    {
        var result = await _handler.ValidateTokenAsync(token, parameters);
        if (!result.IsValid)
        {
            // IdentityModel reports an algorithm that is not accepted as a bad signature; say which it is.
            return result.Exception is SecurityTokenInvalidSignatureException && UnacceptedAlgorithm(token, parameters) is { } algorithm
                ? Refused($"The token's algorithm ('{algorithm}') is not one accepted here.")
                : result;
        }

        if (string.IsNullOrWhiteSpace(result.ClaimsIdentity.FindFirst(DpsClaims.Subject)?.Value))
        {
            return Refused("The token names no subject ('sub'), so no one could answer for what is done with it.");
        }

        return result.SecurityToken is JsonWebToken jwt && Lifetime(jwt) <= _maxLifetime + ClockSkew
            ? result
            : Refused($"The token's lifetime is longer than the {_maxLifetime.TotalHours:0.##} hours allowed.");
    }

    private string? UnacceptedAlgorithm(string token, TokenValidationParameters parameters) =>
        _handler.ReadJsonWebToken(token).Alg is var algorithm && parameters.ValidAlgorithms.Contains(algorithm, StringComparer.Ordinal) ? null : algorithm;

    /// <summary>From the earliest of <c>iat</c>, <c>nbf</c> and now to <c>exp</c>, so a future <c>iat</c> cannot make a long-lived token look short.</summary>
    private static TimeSpan Lifetime(JsonWebToken token) =>
        token.ValidTo - new[] { token.IssuedAt, token.ValidFrom }.Where(t => t != DateTime.MinValue).Append(DateTime.UtcNow).Min();

    private static TokenValidationResult Refused(string reason) => new() { IsValid = false, Exception = new TokenRefusedException(reason) };

    [LoggerMessage(Level = LogLevel.Error, Message = "The OpenID Connect provider {Authority} does not answer; until it does, its tokens cannot be checked")]
    private partial void LogProviderUnreachable(string authority, Exception exception);
}
