using Dps.Api.Auth;
using Dps.BuildingBlocks.Application.Security;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Dps.UnitTests.Host;

public sealed class DevTokenTests
{
    private const string SigningKey = "unit-test-signing-key-of-at-least-32-characters";
    private const string OtherSigningKey = "another-signing-key-of-at-least-32-characters!!";
    private static readonly Guid AuthorityId = Guid.Parse("0d6c1c1e-0000-4000-8000-000000000001");

    [Test]
    public async Task Minted_token_is_valid_and_names_role_and_authority()
    {
        var token = Mint(SigningKey, TimeProvider.System.GetUtcNow());

        var result = await Validation(SigningKey).ValidateAsync(token, CancellationToken.None);

        Assert.That(result.IsValid, Is.True, result.Exception?.Message);
        Assert.That(result.ClaimsIdentity.FindFirst(DpsClaims.Role)?.Value, Is.EqualTo(DpsRoles.Buyer));
        Assert.That(result.ClaimsIdentity.FindFirst(DpsClaims.AuthorityId)?.Value, Is.EqualTo(AuthorityId.ToString()));
        Assert.That(result.ClaimsIdentity.FindFirst(DpsClaims.Subject)?.Value, Is.EqualTo("caseworker-1"));
    }

    [Test]
    public async Task Token_signed_with_another_key_is_invalid()
    {
        var token = Mint(OtherSigningKey, TimeProvider.System.GetUtcNow());

        var result = await Validation(SigningKey).ValidateAsync(token, CancellationToken.None);

        Assert.That(result.IsValid, Is.False);
    }

    [Test]
    public async Task Expired_token_is_invalid()
    {
        var settings = Settings(SigningKey);
        var token = Mint(SigningKey, TimeProvider.System.GetUtcNow() - settings.DevTokenLifetime - TimeSpan.FromHours(1));

        var result = await Validation(SigningKey).ValidateAsync(token, CancellationToken.None);

        Assert.That(result.IsValid, Is.False);
    }

    [Test]
    public void Minted_token_expires_after_the_configured_lifetime()
    {
        var now = new DateTimeOffset(2017, 3, 1, 10, 0, 0, TimeSpan.Zero);
        var settings = Settings(SigningKey);
        settings.DevTokenLifetime = TimeSpan.FromMinutes(30);

        var response = DevTokenEndpoints.Mint(Request(), settings, now);

        Assert.That(response.ExpiresAt, Is.EqualTo(now.AddMinutes(30)));
        Assert.That(response.TokenType, Is.EqualTo("Bearer"));
    }

    [Test]
    public void Minted_token_lives_no_longer_than_the_maximum_token_lifetime()
    {
        var now = new DateTimeOffset(2017, 3, 1, 10, 0, 0, TimeSpan.Zero);
        var settings = Settings(SigningKey);
        settings.MaxTokenLifetime = TimeSpan.FromHours(1);

        var response = DevTokenEndpoints.Mint(Request(), settings, now);

        Assert.That(response.ExpiresAt, Is.EqualTo(now.AddHours(1)));
    }

    [Test]
    public void Minting_without_a_signing_key_fails() =>
        Assert.Throws<InvalidOperationException>(
            () => DevTokenEndpoints.Mint(Request(), new AuthSettings { SigningKey = "too-short" }, TimeProvider.System.GetUtcNow()));

    private static string Mint(string signingKey, DateTimeOffset now) =>
        DevTokenEndpoints.Mint(Request(), Settings(signingKey), now).AccessToken;

    private static DevTokenEndpoints.DevTokenRequest Request() => new(DpsRoles.Buyer, AuthorityId, SupplierId: null, "caseworker-1");

    private static AuthSettings Settings(string signingKey) => new() { SigningKey = signingKey };

    private static TokenValidation Validation(string signingKey) => new(Options.Create(Settings(signingKey)), NullLogger<TokenValidation>.Instance);
}
