using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Processes;

/// <summary>
/// A real browser (headless Chromium) on a page of another origin calls the API, which runs in its own process with
/// that origin in <c>Cors:AllowedOrigins</c>: the browser's own preflights and checks decide what the page may do,
/// not a test's imitation of them.
/// </summary>
public sealed class BrowserCorsTests
{
    private string _connectionString = null!;
    private PageServer _pages = null!;
    private ApiProcess _api = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _connectionString = await TestDatabase.CreateFromTemplateAsync();
        _pages = await PageServer.StartAsync();
        _api = await ApiProcess.StartAsync(_connectionString, new Dictionary<string, string>
        {
            ["Cors__AllowedOrigins__6"] = $"http://127.0.0.1:{_pages.Port}",
        });
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _api.DisposeAsync();
        await _pages.DisposeAsync();
        await TestDatabase.DropAsync(_connectionString);
    }

    [Test]
    public async Task A_page_on_an_allowed_origin_signs_in_writes_once_with_an_idempotency_key_and_reads_the_answers()
    {
        var report = await RunAsync("allowed", $$"""
            const api = {{Json(_api.Address.ToString().TrimEnd('/'))}};
            const minted = await fetch(api + "/dev/tokens", {
              method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ role: "dps-manager" }) });
            const token = (await minted.json()).accessToken;
            const create = () => fetch(api + "/api/v1/dps", {
              method: "POST",
              headers: { "Authorization": "Bearer " + token, "Content-Type": "application/json", "Idempotency-Key": {{Json(Guid.NewGuid().ToString())}} },
              body: JSON.stringify({{Requests.NewDpsJson().ToJsonString()}}) });
            const first = await create();
            const again = await create();
            const created = await first.json();
            const read = await fetch(api + "/api/v1/dps/" + created.id, { headers: { "Authorization": "Bearer " + token } });
            const anonymous = await fetch(api + "/api/v1/dps");
            return {
              minted: minted.status,
              created: first.status, location: first.headers.get("Location"), etag: first.headers.get("ETag"),
              again: again.status, replayed: again.headers.get("Idempotent-Replayed"), againId: (await again.json()).id,
              id: created.id, read: read.status, readTitle: (await read.json()).title,
              anonymous: anonymous.status, anonymousDetail: (await anonymous.json()).detail,
            };
            """);

        Assert.That(report["error"], Is.Null, report.ToJsonString());
        Assert.That(report["minted"]!.GetValue<int>(), Is.EqualTo(200));
        Assert.That(report["created"]!.GetValue<int>(), Is.EqualTo(201));
        var id = report["id"]!.GetValue<string>();
        Assert.That(report["location"]!.GetValue<string>(), Does.EndWith(id), "Location is exposed to the page");
        Assert.That(report["etag"]!.GetValue<string>(), Does.StartWith("\""), "ETag is exposed to the page");
        Assert.That(report["again"]!.GetValue<int>(), Is.EqualTo(201));
        Assert.That(report["replayed"]!.GetValue<string>(), Is.EqualTo("true"));
        Assert.That(report["againId"]!.GetValue<string>(), Is.EqualTo(id));
        Assert.That(report["read"]!.GetValue<int>(), Is.EqualTo(200));
        Assert.That(report["readTitle"]!.GetValue<string>(), Is.EqualTo(Requests.NewDpsJson()["title"]!.GetValue<string>()));
        Assert.That(report["anonymous"]!.GetValue<int>(), Is.EqualTo(401));
        Assert.That(report["anonymousDetail"]!.GetValue<string>(), Is.Not.Empty, "the 401's problem document is readable by the page");
        Assert.That(await DpsCountAsync(), Is.EqualTo(1), "the repeated POST created nothing");
    }

    [Test]
    public async Task A_page_on_an_origin_not_allowed_is_stopped_by_the_browser_before_its_request_is_sent()
    {
        var before = await DpsCountAsync();
        using var manager = await _api.ClientAsAsync("dps-manager");
        var token = manager.DefaultRequestHeaders.Authorization!.Parameter!;

        // localhost, not 127.0.0.1: the same server, but another origin, and not in the list.
        var report = await RunAsync("refused", $$"""
            await fetch({{Json(_api.Address + "api/v1/dps")}}, {
              method: "POST",
              headers: { "Authorization": "Bearer " + {{Json(token)}}, "Content-Type": "application/json" },
              body: JSON.stringify({{Requests.NewDpsJson().ToJsonString()}}) });
            return { sent: true };
            """, host: "localhost");

        Assert.That(report["error"]?.GetValue<string>(), Does.Contain("Failed to fetch"), report.ToJsonString());
        Assert.That(await DpsCountAsync(), Is.EqualTo(before), "the preflight was refused, so the POST never reached the API");
    }

    private async Task<JsonObject> RunAsync(string name, string script, string host = "127.0.0.1")
    {
        await using var browser = HeadlessChromium.Open(_pages.Serve(name, script, host));
        return await _pages.ReportAsync(name);
    }

    private async Task<int> DpsCountAsync()
    {
        using var manager = await _api.ClientAsAsync("dps-manager");
        var response = await manager.GetAsync("/api/v1/dps");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["total"]!.GetValue<int>();
    }

    private static string Json(string value) => JsonSerializer.Serialize(value);
}
