using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Dps.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace Dps.IntegrationTests.Platform;

public sealed class DevTokenTests : ApiTest
{
    [Test]
    public async Task A_buyer_token_must_name_its_authority()
    {
        var response = await Anonymous().PostAsJsonAsync("/dev/tokens", new { role = "buyer" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.ValidationErrorsAsync(), Does.ContainKey("authorityId"));
    }

    [Test]
    public async Task An_unknown_role_is_refused()
    {
        var response = await Anonymous().PostAsJsonAsync("/dev/tokens", new { role = "admin" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.ValidationErrorsAsync(), Does.ContainKey("role"));
    }

    [Test]
    public async Task A_forged_token_is_a_401()
    {
        var client = Anonymous();
        var token = (await (await client.PostAsJsonAsync("/dev/tokens", new { role = "dps-manager" })).JsonAsync())["accessToken"]!.GetValue<string>();
        var forged = token[..^4] + (token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", forged);

        var response = await client.GetAsync("/api/v1/dps");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Tokens_are_not_minted_outside_development()
    {
        await using var production = Api.WithWebHostBuilder(builder => builder
            .UseSetting("environment", "Production")
            .ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(
                new Dictionary<string, string?> { ["Auth:SigningKey"] = new string('k', 32) })));

        var response = await production.CreateClient().PostAsJsonAsync("/dev/tokens", new { role = "dps-manager" });

        Assert.That(response.StatusCode, Is.AnyOf(HttpStatusCode.NotFound, HttpStatusCode.Unauthorized));
    }
}
