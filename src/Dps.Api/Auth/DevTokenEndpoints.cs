using System.ComponentModel;
using System.Security.Claims;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using FluentValidation;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Dps.Api.Auth;

/// <summary>Development only: mints a signed token for any role, so Swagger UI and tests can act as anyone.</summary>
public static class DevTokenEndpoints
{
    public sealed record DevTokenRequest(
        [property: Description("The token's role: `dps-manager`, `buyer`, `supplier` or `auditor`.")] string Role,
        Guid? AuthorityId,
        Guid? SupplierId,
        [property: Description("Who the token names (its subject, as the audit trail records it), up to 100 characters; null for `buyer-dev@<authorityId>`, `supplier-dev@<supplierId>` or `<role>-dev`.")] string? Subject);

    public sealed record DevTokenResponse(
        [property: Description("The signed token (a JWT): send it as `Authorization: Bearer <accessToken>`.")] string AccessToken,
        [property: Description("Always `Bearer`.")] string TokenType,
        [property: Description("When the token expires (UTC), in real time rather than on the sandbox clock: `Auth:DevTokenLifetime` (8 hours by default) after it was minted.")] DateTimeOffset ExpiresAt);

    private sealed class DevTokenRequestValidator : AbstractValidator<DevTokenRequest>
    {
        public DevTokenRequestValidator()
        {
            RuleFor(r => r.Role).NotEmpty().Must(DpsRoles.All.Contains)
                .WithMessage($"'Role' must be one of: {string.Join(", ", DpsRoles.All)}.");
            RuleFor(r => r.AuthorityId).NotEmpty().When(r => r.Role == DpsRoles.Buyer)
                .WithMessage("A buyer's token names its authority: give 'AuthorityId'.");
            RuleFor(r => r.SupplierId).NotEmpty().When(r => r.Role == DpsRoles.Supplier)
                .WithMessage("A supplier's token names its organisation: give 'SupplierId'.");
            RuleFor(r => r.Subject).MaximumLength(100);
        }
    }

    public static void MapDevTokens(this IEndpointRouteBuilder app) =>
        app.MapPost("/dev/tokens", (DevTokenRequest request, IOptions<AuthSettings> options) =>
            {
                new DevTokenRequestValidator().ValidateAndThrow(request);

                // Token lifetimes are checked against real time, not the sandbox clock testers move.
                return TypedResults.Ok(Mint(request, options.Value, TimeProvider.System.GetUtcNow()));
            })
            .AllowAnonymous()
            .WithTags("Development")
            .WithName("MintDevToken")
            .WithSummary("Mint a bearer token (Development only)")
            .WithDescription("Returns a token for the role, authority and supplier given. Paste `accessToken` into Swagger UI's Authorize button. Buyers need an `authorityId`, suppliers a `supplierId`.")
            .ProducesProblems(StatusCodes.Status400BadRequest);

    /// <summary>Names the organisation too, so the audit trail tells apart the suppliers and authorities testers act for.</summary>
    private static string DefaultSubject(DevTokenRequest request) => (request.SupplierId, request.AuthorityId) switch
    {
        ({ } supplierId, _) when request.Role == DpsRoles.Supplier => $"supplier-dev@{supplierId}",
        (_, { } authorityId) when request.Role == DpsRoles.Buyer => $"buyer-dev@{authorityId}",
        _ => $"{request.Role}-dev",
    };

    public static DevTokenResponse Mint(DevTokenRequest request, AuthSettings settings, DateTimeOffset now)
    {
        var claims = new Dictionary<string, object>
        {
            [DpsClaims.Subject] = request.Subject ?? DefaultSubject(request),
            [DpsClaims.Role] = request.Role,
        };
        if (request.AuthorityId is { } authorityId)
        {
            claims[DpsClaims.AuthorityId] = authorityId.ToString();
        }

        if (request.SupplierId is { } supplierId)
        {
            claims[DpsClaims.SupplierId] = supplierId.ToString();
        }

        // Never longer than the validation allows, or the minted token would be refused.
        var expires = now + (settings.DevTokenLifetime < settings.MaxTokenLifetime ? settings.DevTokenLifetime : settings.MaxTokenLifetime);
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            Claims = claims,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(
                TokenValidation.SigningKeyOf(settings) ?? throw new InvalidOperationException("Dev tokens need Auth:SigningKey."),
                SecurityAlgorithms.HmacSha256),
        });
        return new DevTokenResponse(token, "Bearer", expires);
    }
}
