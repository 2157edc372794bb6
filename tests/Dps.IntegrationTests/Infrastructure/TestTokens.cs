using System.Net.Http.Headers;
using System.Text;
using Dps.BuildingBlocks.Application.Security;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Dps.IntegrationTests.Infrastructure;

/// <summary>Tokens shaped as a test needs them: any key and algorithm, any lifetime, with or without a subject or expiry.</summary>
public static class TestTokens
{
    public const string Subject = "token-tester";

    public static SigningCredentials SharedKey(string key, string algorithm = SecurityAlgorithms.HmacSha256) =>
        new(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), algorithm);

    /// <summary>A manager's token for the API's issuer and audience; unsigned (<c>alg: none</c>) without credentials.</summary>
    public static string Create(
        SigningCredentials? signing, TimeSpan? lifetime = null, string? subject = Subject, bool expires = true, TimeSpan? issuedAgo = null)
    {
        var issuedAt = DateTime.UtcNow - (issuedAgo ?? TimeSpan.Zero);
        var claims = new Dictionary<string, object> { [DpsClaims.Role] = DpsRoles.Manager };
        if (subject is not null)
        {
            claims[DpsClaims.Subject] = subject;
        }

        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "dps",
            Audience = "dps-api",
            Claims = claims,
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = expires ? issuedAt + (lifetime ?? TimeSpan.FromHours(1)) : null,
            SigningCredentials = signing,
        });
    }

    public static HttpClient Carrying(this HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
