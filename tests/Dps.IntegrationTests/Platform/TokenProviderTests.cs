using System.Net;
using System.Net.Http.Json;
using Dps.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Dps.IntegrationTests.Platform;

/// <summary>Tokens from an OpenID Connect provider (Auth:Authority): its keys, its failures, and the shared key beside it.</summary>
public sealed class TokenProviderTests : ApiTest
{
    // Nothing listens on port 1, so the provider refuses every connection at once.
    private const string Unreachable = "https://127.0.0.1:1/";
    private const string SharedKey = "token-provider-tests-shared-key-of-at-least-32-characters";

    [Test]
    public async Task A_token_is_a_401_not_a_500_when_the_provider_does_not_answer()
    {
        await using var host = Api.InProduction(new() { ["Auth:Authority"] = Unreachable });

        var response = await host.CreateClient().Carrying(TestTokens.Create(TestTokens.SharedKey(SharedKey))).GetAsync("/api/v1/dps");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await response.JsonAsync())["detail"]?.GetValue<string>(), Does.Contain("provider"));
    }

    [Test]
    public async Task A_provider_that_does_not_answer_is_logged()
    {
        var logs = new LogCapture();
        await using var host = Api.InProduction(new() { ["Auth:Authority"] = Unreachable }, logs);

        await host.CreateClient().Carrying(TestTokens.Create(TestTokens.SharedKey(SharedKey))).GetAsync("/api/v1/dps");

        Assert.That(
            logs.Entries.Where(e => e.Level >= LogLevel.Error && e.Message.Contains(Unreachable, StringComparison.Ordinal)),
            Is.Not.Empty);
    }

    [Test]
    public async Task Ready_is_unhealthy_and_names_a_provider_that_does_not_answer()
    {
        await using var host = Api.InProduction(new() { ["Auth:Authority"] = Unreachable });

        var response = await host.CreateClient().GetAsync("/health/ready");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.StartWith("Unhealthy").And.Contain(Unreachable));
    }

    [Test]
    public async Task With_the_shared_key_also_accepted_a_provider_that_does_not_answer_leaves_the_API_degraded()
    {
        await using var host = Api.InProduction(new()
        {
            ["Auth:Authority"] = Unreachable,
            ["Auth:SigningKey"] = SharedKey,
            ["Auth:AcceptSharedKeyWithAuthority"] = "true",
        });

        var shared = await host.CreateClient().Carrying(TestTokens.Create(TestTokens.SharedKey(SharedKey))).GetAsync("/api/v1/dps");
        var ready = await host.CreateClient().GetAsync("/health/ready");

        Assert.That(shared.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await ready.Content.ReadAsStringAsync(), Does.StartWith("Degraded").And.Contain(Unreachable));
    }

    [Test]
    public async Task In_development_a_provider_over_http_validates_its_tokens_and_is_ready()
    {
        using var provider = new TestTokenProvider();
        await using var host = Api.With(new() { ["Auth:Authority"] = provider.Authority });

        var response = await host.CreateClient().Carrying(TestTokens.Create(provider.Signing)).GetAsync("/api/v1/dps");
        var ready = await host.CreateClient().GetAsync("/health/ready");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await ready.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
    }

    [Test]
    public async Task The_shared_key_is_refused_beside_a_provider()
    {
        using var provider = new TestTokenProvider();
        await using var host = Api.With(new() { ["Auth:Authority"] = provider.Authority });

        var response = await (await DevTokenClientAsync(host)).GetAsync("/api/v1/dps");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task The_shared_key_is_accepted_beside_a_provider_when_Auth_AcceptSharedKeyWithAuthority_is_set()
    {
        using var provider = new TestTokenProvider();
        await using var host = Api.With(new() { ["Auth:Authority"] = provider.Authority, ["Auth:AcceptSharedKeyWithAuthority"] = "true" });

        var response = await (await DevTokenClientAsync(host)).GetAsync("/api/v1/dps");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    /// <summary>A client carrying a token from /dev/tokens, signed with the Development shared key.</summary>
    private static async Task<HttpClient> DevTokenClientAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host)
    {
        var client = host.CreateClient();
        var minted = await client.PostAsJsonAsync("/dev/tokens", new { role = "dps-manager" });
        return client.Carrying((await minted.JsonAsync())["accessToken"]!.GetValue<string>());
    }
}
