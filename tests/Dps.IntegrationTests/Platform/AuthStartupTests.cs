using Dps.Api.Auth;
using Dps.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dps.IntegrationTests.Platform;

/// <summary>Auth settings that would weaken token checks stop the API from starting, with a message naming the setting.</summary>
public sealed class AuthStartupTests : ApiTest
{
    [Test]
    public async Task An_http_provider_address_fails_start_up_outside_development()
    {
        await using var host = Api.InProduction(new() { ["Auth:Authority"] = "http://127.0.0.1:1/" });

        Assert.That(() => host.Server, Throws.InstanceOf<OptionsValidationException>().With.Message.Contains("Auth:Authority").And.Message.Contains("https"));
    }

    [Test]
    public async Task A_provider_address_that_is_not_an_absolute_url_fails_start_up()
    {
        await using var host = Api.InProduction(new() { ["Auth:Authority"] = "login.example.org" });

        Assert.That(() => host.Server, Throws.InstanceOf<OptionsValidationException>().With.Message.Contains("Auth:Authority"));
    }

    [Test]
    public async Task The_development_signing_key_committed_to_the_repository_fails_start_up_outside_development()
    {
        var committed = Api.Services.GetRequiredService<IOptions<AuthSettings>>().Value.SigningKey;
        await using var host = Api.InProduction(new() { ["Auth:SigningKey"] = committed });

        Assert.That(committed, Is.Not.Null);
        Assert.That(() => host.Server, Throws.InstanceOf<OptionsValidationException>().With.Message.Contains("Auth:SigningKey"));
    }

    [Test]
    public async Task A_signing_key_shorter_than_32_characters_fails_start_up()
    {
        await using var host = Api.InProduction(new() { ["Auth:Authority"] = "https://login.example.org/", ["Auth:SigningKey"] = "too-short" });

        Assert.That(() => host.Server, Throws.InstanceOf<OptionsValidationException>().With.Message.Contains("Auth:SigningKey"));
    }

    [TestCase("none")]
    [TestCase("HS1")]
    public async Task An_algorithm_that_is_not_a_known_signature_algorithm_fails_start_up(string algorithm)
    {
        await using var host = Api.With(new() { ["Auth:Algorithms:0"] = algorithm });

        Assert.That(() => host.Server, Throws.InstanceOf<OptionsValidationException>().With.Message.Contains("Auth:Algorithms"));
    }
}
