using System.Net;
using Dps.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Options;

namespace Dps.IntegrationTests.Platform;

/// <summary>
/// A page on a configured origin may call the API from a browser: the preflight is answered without a token, before
/// anything could refuse it, and every other origin is left without the headers a browser needs.
/// </summary>
public sealed class CorsTests : ApiTest
{
    /// <summary>One of the local front-end origins appsettings.Development.json allows (the tests' host runs in Development).</summary>
    private const string DevelopmentOrigin = "http://localhost:5173";

    private const string ProductionSigningKey = "a-production-signing-key-for-the-cors-tests";

    [Test]
    public async Task A_preflight_from_an_allowed_origin_is_answered_without_a_token()
    {
        var response = await Anonymous().SendAsync(Preflight("/api/v1/dps/" + Guid.NewGuid(), DevelopmentOrigin, "PUT", "authorization, content-type, if-match, idempotency-key"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(Header(response, "Access-Control-Allow-Origin"), Is.EqualTo(DevelopmentOrigin));
        Assert.That(Values(response, "Access-Control-Allow-Methods"), Is.SupersetOf(new[] { "get", "post", "put", "delete" }));
        Assert.That(Values(response, "Access-Control-Allow-Headers"), Is.SupersetOf(new[] { "authorization", "content-type", "if-match", "idempotency-key" }));
        Assert.That(Header(response, "Access-Control-Max-Age"), Is.EqualTo("3600"));
    }

    [Test]
    public async Task A_preflight_is_answered_before_the_guards_that_would_refuse_the_request()
    {
        var overLong = "/api/v1/suppliers?search=" + new string('a', 9000);

        var response = await Anonymous().SendAsync(Preflight(overLong, DevelopmentOrigin, "GET", "authorization"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(Header(response, "Access-Control-Allow-Origin"), Is.EqualTo(DevelopmentOrigin));
    }

    [Test]
    public async Task A_preflight_asking_for_a_header_the_api_does_not_read_does_not_get_it_allowed()
    {
        var response = await Anonymous().SendAsync(Preflight("/api/v1/dps", DevelopmentOrigin, "POST", "authorization, x-not-read"));

        Assert.That(Values(response, "Access-Control-Allow-Headers"), Does.Not.Contain("x-not-read"));
    }

    [Test]
    public async Task A_request_with_a_token_from_an_allowed_origin_may_read_the_response_and_its_ETag()
    {
        var manager = await AsManagerAsync();
        var dps = await manager.CreateDpsAsync();
        var read = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/dps/{dps.Id()}");
        read.Headers.Add("Origin", DevelopmentOrigin);

        var response = await manager.SendAsync(read);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Headers.ETag, Is.Not.Null);
        Assert.That(Header(response, "Access-Control-Allow-Origin"), Is.EqualTo(DevelopmentOrigin));
        Assert.That(Values(response, "Access-Control-Expose-Headers"), Does.Contain("etag").And.Contain("location").And.Contain("idempotent-replayed"));
    }

    [Test]
    public async Task A_request_refused_for_want_of_a_token_still_lets_the_page_read_why()
    {
        var read = new HttpRequestMessage(HttpMethod.Get, "/api/v1/dps");
        read.Headers.Add("Origin", DevelopmentOrigin);

        var response = await Anonymous().SendAsync(read);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(Header(response, "Access-Control-Allow-Origin"), Is.EqualTo(DevelopmentOrigin));
        Assert.That(Values(response, "Access-Control-Expose-Headers"), Does.Contain("www-authenticate"));
    }

    [Test]
    public async Task An_origin_not_in_the_list_gets_no_allow_origin_header()
    {
        var manager = await AsManagerAsync();
        var read = new HttpRequestMessage(HttpMethod.Get, "/api/v1/dps");
        read.Headers.Add("Origin", "https://elsewhere.example");

        var preflight = await Anonymous().SendAsync(Preflight("/api/v1/dps", "https://elsewhere.example", "GET", "authorization"));
        var response = await manager.SendAsync(read);

        Assert.That(preflight.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(preflight.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
    }

    [Test]
    public async Task Outside_development_no_origin_is_allowed_by_default()
    {
        await using var production = Api.InProduction(new() { ["Auth:SigningKey"] = ProductionSigningKey });

        var response = await production.CreateClient().SendAsync(Preflight("/api/v1/dps", DevelopmentOrigin, "GET", "authorization"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(response.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
    }

    [Test]
    public async Task Outside_development_only_the_configured_origins_are_allowed()
    {
        await using var production = Api.InProduction(new()
        {
            ["Auth:SigningKey"] = ProductionSigningKey,
            ["Cors:AllowedOrigins:0"] = "https://app.example.org",
        });
        var client = production.CreateClient();

        var configured = await client.SendAsync(Preflight("/api/v1/dps", "https://app.example.org", "GET", "authorization"));
        var local = await client.SendAsync(Preflight("/api/v1/dps", DevelopmentOrigin, "GET", "authorization"));

        Assert.That(Header(configured, "Access-Control-Allow-Origin"), Is.EqualTo("https://app.example.org"));
        Assert.That(local.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
    }

    [TestCase("localhost:3000")]
    [TestCase("https://a.example/path")]
    [TestCase("https://a.example/")]
    [TestCase("ftp://a.example")]
    [TestCase("*")]
    public async Task An_entry_that_is_not_an_origin_fails_start_up_naming_the_setting(string entry)
    {
        await using var host = Api.With(new() { ["Cors:AllowedOrigins:6"] = entry });

        Assert.That(() => host.Server, Throws.InstanceOf<OptionsValidationException>()
            .With.Message.Contains("Cors:AllowedOrigins").And.Message.Contains(entry));
    }

    [Test]
    public async Task Well_formed_origins_start_up()
    {
        await using var host = Api.With(new() { ["Cors:AllowedOrigins:6"] = "https://app.example.org:8443", ["Cors:AllowedOrigins:7"] = "http://[::1]:3000" });

        var live = await host.CreateClient().GetAsync("/health/live");

        Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private static HttpRequestMessage Preflight(string path, string origin, string method, string headers)
    {
        var preflight = new HttpRequestMessage(HttpMethod.Options, path);
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", method);
        preflight.Headers.Add("Access-Control-Request-Headers", headers);
        return preflight;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    /// <summary>A comma-separated header's values, lower-cased, or none when it is missing.</summary>
    private static string[] Values(HttpResponseMessage response, string name) =>
        Header(response, name)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(v => v.ToLowerInvariant()).ToArray() ?? [];
}
