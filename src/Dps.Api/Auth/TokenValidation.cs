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
/// so this is the part of it the platform needs, on the same IdentityModel validation.)
/// </summary>
public sealed class TokenValidation
{
    private readonly JsonWebTokenHandler _handler = new();
    private readonly TokenValidationParameters _parameters;
    private readonly ConfigurationManager<OpenIdConnectConfiguration>? _provider;

    public TokenValidation(IOptions<AuthSettings> options)
    {
        var settings = options.Value;
        _parameters = new TokenValidationParameters
        {
            ValidIssuer = settings.Issuer,
            ValidAudience = settings.Audience,
            NameClaimType = DpsClaims.Subject,
            RoleClaimType = DpsClaims.Role,
            ClockSkew = TimeSpan.FromMinutes(1),
        };

        _parameters.IssuerSigningKey = SigningKeyOf(settings);
        if (!string.IsNullOrWhiteSpace(settings.Authority))
        {
            _provider = new ConfigurationManager<OpenIdConnectConfiguration>(
                $"{settings.Authority.TrimEnd('/')}/.well-known/openid-configuration",
                new OpenIdConnectConfigurationRetriever(),
                new HttpDocumentRetriever { RequireHttps = settings.Authority.StartsWith("https", StringComparison.OrdinalIgnoreCase) });
        }
        else if (_parameters.IssuerSigningKey is null)
        {
            throw new InvalidOperationException("Configure Auth:Authority (an OpenID Connect provider) or Auth:SigningKey (at least 32 characters).");
        }
    }

    public static SymmetricSecurityKey? SigningKeyOf(AuthSettings settings) =>
        settings.SigningKey is { Length: >= 32 } key ? new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)) : null;

    public async Task<TokenValidationResult> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        var parameters = _parameters;
        if (_provider is not null)
        {
            var configuration = await _provider.GetConfigurationAsync(cancellationToken);
            parameters = _parameters.Clone();

            // The provider's keys, and the shared key too when one is configured (tokens from /dev/tokens).
            parameters.IssuerSigningKeys = configuration.SigningKeys;
        }

        return await _handler.ValidateTokenAsync(token, parameters);
    }
}
