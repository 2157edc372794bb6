using System.Security.Claims;
using System.Text.Encodings.Web;
using Dps.Api.Errors;
using Dps.BuildingBlocks.Application.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Dps.Api.Auth;

public sealed class BearerAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    TokenValidation validation,
    IProblemDetailsService problemDetails)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var result = await validation.ValidateAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (!result.IsValid)
        {
            return AuthenticateResult.Fail(result.Exception ?? new SecurityTokenValidationException("The bearer token is not valid."));
        }

        var identity = new ClaimsIdentity(result.ClaimsIdentity.Claims, SchemeName, DpsClaims.Subject, DpsClaims.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var failure = (await HandleAuthenticateOnceSafeAsync()).Failure;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = failure is null ? SchemeName : $"{SchemeName} error=\"invalid_token\"";
        await problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = Problems.Status(StatusCodes.Status401Unauthorized, "Not authenticated.", DetailOf(failure)),
        });
    }

    /// <summary>Why the token was refused, in words for the caller (IdentityModel's own messages are for logs).</summary>
    private static string DetailOf(Exception? failure) => failure switch
    {
        null => "Send a bearer token in the Authorization header.",
        TokenRefusedException refused => refused.Message,
        SecurityTokenExpiredException => "The token has expired.",
        SecurityTokenNotYetValidException => "The token is not valid yet.",
        SecurityTokenNoExpirationException => "The token has no expiry ('exp').",
        SecurityTokenInvalidIssuerException => "The token is not from the expected issuer.",
        SecurityTokenInvalidAudienceException => "The token is not meant for this API (its audience).",
        SecurityTokenInvalidSignatureException => "The token's signature is not valid.",
        _ => "The bearer token is not valid.",
    };
}
