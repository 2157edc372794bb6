using System.Net;
using Dps.IntegrationTests.Infrastructure;
using Microsoft.IdentityModel.Tokens;

namespace Dps.IntegrationTests.Platform;

/// <summary>What a token must be to be accepted: a pinned algorithm, a bounded lifetime with an expiry, and a subject.</summary>
public sealed class TokenTests : ApiTest
{
    // Long enough for HS512, whose key must have at least 512 bits.
    private const string SharedKey = "token-tests-shared-key-long-enough-for-every-hmac-algorithm-0123456789";

    private DpsApiFactory _host = null!;

    [OneTimeSetUp]
    public void StartHost() => _host = new DpsApiFactory(ConnectionString, new() { ["Auth:SigningKey"] = SharedKey });

    [OneTimeTearDown]
    public Task StopHost() => _host.DisposeAsync().AsTask();

    [Test]
    public async Task A_token_signed_with_the_shared_key_and_HS256_is_accepted()
    {
        var response = await _host.CreateClient().Carrying(Token()).GetAsync("/api/v1/dps");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase(SecurityAlgorithms.HmacSha384)]
    [TestCase(SecurityAlgorithms.HmacSha512)]
    public async Task A_token_signed_with_an_algorithm_that_is_not_pinned_is_a_401(string algorithm)
    {
        var refusal = await RefusalOfAsync(TestTokens.Create(TestTokens.SharedKey(SharedKey, algorithm)));

        Assert.That(refusal, Does.Contain($"'{algorithm}'"));
    }

    [Test]
    public async Task Only_the_algorithms_in_Auth_Algorithms_are_accepted()
    {
        await using var host = _host.With(new() { ["Auth:Algorithms:0"] = SecurityAlgorithms.HmacSha512 });

        var hs512 = await host.CreateClient().Carrying(TestTokens.Create(TestTokens.SharedKey(SharedKey, SecurityAlgorithms.HmacSha512))).GetAsync("/api/v1/dps");
        var hs256 = await host.CreateClient().Carrying(Token()).GetAsync("/api/v1/dps");

        Assert.That(hs512.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(hs256.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task An_unsigned_token_is_a_401()
    {
        var refusal = await RefusalOfAsync(TestTokens.Create(signing: null));

        Assert.That(refusal, Does.Contain("'none'"));
    }

    [Test]
    public async Task A_token_living_longer_than_the_maximum_lifetime_is_a_401()
    {
        var refusal = await RefusalOfAsync(Token(lifetime: TimeSpan.FromDays(36525)));

        Assert.That(refusal, Does.Contain("lifetime").And.Contain("24 hours"));
    }

    [Test]
    public async Task The_lifetime_is_measured_from_when_the_token_was_issued()
    {
        var refusal = await RefusalOfAsync(Token(lifetime: TimeSpan.FromHours(26), issuedAgo: TimeSpan.FromHours(25)));

        Assert.That(refusal, Does.Contain("lifetime"));
    }

    [Test]
    public async Task The_maximum_lifetime_is_Auth_MaxTokenLifetime()
    {
        await using var host = _host.With(new() { ["Auth:MaxTokenLifetime"] = "2.00:00:00" });

        var twoDays = await host.CreateClient().Carrying(Token(lifetime: TimeSpan.FromDays(2))).GetAsync("/api/v1/dps");
        var threeDays = await host.CreateClient().Carrying(Token(lifetime: TimeSpan.FromDays(3))).GetAsync("/api/v1/dps");

        Assert.That(twoDays.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(threeDays.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task A_token_without_an_expiry_is_a_401()
    {
        var refusal = await RefusalOfAsync(TestTokens.Create(TestTokens.SharedKey(SharedKey), expires: false));

        Assert.That(refusal, Does.Contain("expiry"));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public async Task A_token_without_a_subject_is_a_401(string? subject)
    {
        var refusal = await RefusalOfAsync(TestTokens.Create(TestTokens.SharedKey(SharedKey), subject: subject));

        Assert.That(refusal, Does.Contain("subject"));
    }

    [Test]
    public async Task A_refused_token_gets_a_problem_document_that_says_why()
    {
        var response = await _host.CreateClient().Carrying(Token(lifetime: TimeSpan.FromDays(36525))).GetAsync("/api/v1/dps");
        var problem = await response.JsonAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(problem["status"]?.GetValue<int>(), Is.EqualTo(401));
        Assert.That(problem["detail"]?.GetValue<string>(), Does.Contain("lifetime"));
    }

    [Test]
    public async Task A_request_without_a_token_gets_a_problem_document_that_says_so()
    {
        var response = await _host.CreateClient().GetAsync("/api/v1/dps");
        var problem = await response.JsonAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(problem["detail"]?.GetValue<string>(), Does.Contain("bearer token"));
    }

    /// <summary>The detail of the 401 the token gets.</summary>
    private async Task<string?> RefusalOfAsync(string token)
    {
        var response = await _host.CreateClient().Carrying(token).GetAsync("/api/v1/dps");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        return (await response.JsonAsync())["detail"]?.GetValue<string>();
    }

    private static string Token(TimeSpan? lifetime = null, TimeSpan? issuedAgo = null) =>
        TestTokens.Create(TestTokens.SharedKey(SharedKey), lifetime, issuedAgo: issuedAgo);
}
