using System.Text;
using Dps.Api.Auth;
using Dps.BuildingBlocks.Application.Security;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Dps.UnitTests.Host;

public sealed class TokenLifetimeTests
{
    private const string SigningKey = "unit-test-signing-key-of-at-least-32-characters";

    [Test]
    public async Task A_token_issued_in_the_future_still_counts_its_lifetime_from_now()
    {
        var expires = DateTime.UtcNow.AddYears(100);

        var result = await Validate(issuedAt: expires.AddHours(-1), notBefore: null, expires);

        Assert.That(result.IsValid, Is.False);
        Assert.That(result.Exception?.Message, Does.Contain("lifetime"));
    }

    [Test]
    public async Task A_token_without_an_issue_time_counts_its_lifetime_from_its_not_before()
    {
        var now = DateTime.UtcNow;

        var result = await Validate(issuedAt: null, notBefore: now.AddHours(-25), expires: now.AddHours(1));

        Assert.That(result.IsValid, Is.False);
        Assert.That(result.Exception?.Message, Does.Contain("lifetime"));
    }

    [Test]
    public async Task A_token_of_exactly_the_maximum_lifetime_is_valid()
    {
        var now = DateTime.UtcNow;

        var result = await Validate(issuedAt: now, notBefore: now, expires: now.AddHours(24));

        Assert.That(result.IsValid, Is.True, result.Exception?.Message);
    }

    private static Task<TokenValidationResult> Validate(DateTime? issuedAt, DateTime? notBefore, DateTime expires)
    {
        var token = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "dps",
            Audience = "dps-api",
            Claims = new Dictionary<string, object> { [DpsClaims.Subject] = "lifetime-tester" },
            IssuedAt = issuedAt,
            NotBefore = notBefore,
            Expires = expires,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SigningKey)), SecurityAlgorithms.HmacSha256),
        });
        var validation = new TokenValidation(Options.Create(new AuthSettings { SigningKey = SigningKey }), NullLogger<TokenValidation>.Instance);
        return validation.ValidateAsync(token, CancellationToken.None);
    }
}
