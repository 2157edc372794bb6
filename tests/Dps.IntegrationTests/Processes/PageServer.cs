using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Dps.IntegrationTests.Processes;

/// <summary>
/// A web origin of its own on loopback, as a front end would be: it serves pages whose script calls the API, and each
/// page posts back, to this same origin, what it saw (a JSON object), which <see cref="ReportAsync"/> waits for.
/// </summary>
public sealed class PageServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, string> _pages = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonObject>> _reports = new();

    private PageServer(WebApplication app) => _app = app;

    public int Port => new Uri(_app.Urls.Single()).Port;

    public static async Task<PageServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new PageServer(app);
        app.MapGet("/pages/{name}", (string name) =>
            server._pages.TryGetValue(name, out var html) ? Results.Content(html, "text/html; charset=utf-8") : Results.NotFound());
        app.MapPost("/reports/{name}", async (string name, HttpRequest request) =>
        {
            var report = await JsonNode.ParseAsync(request.Body);
            server.Completion(name).TrySetResult(report!.AsObject());
            return Results.NoContent();
        });
        await app.StartAsync();
        return server;
    }

    /// <summary>
    /// Serves a page whose <paramref name="script"/> is the body of an async function returning the report; a thrown
    /// error is reported as <c>{ "error": "…" }</c>. The page's address is on <paramref name="host"/> (an origin is
    /// scheme, host and port: <c>localhost</c> and <c>127.0.0.1</c> are two).
    /// </summary>
    public Uri Serve(string name, string script, string host = "127.0.0.1")
    {
        _pages[name] = $$"""
            <!doctype html>
            <html><head><meta charset="utf-8"><title>{{name}}</title></head>
            <body><script>
            (async () => {
              let report;
              try { report = await (async () => { {{script}} })(); }
              catch (e) { report = { error: String(e) }; }
              await fetch("/reports/{{name}}", { method: "POST", body: JSON.stringify(report) });
            })();
            </script></body></html>
            """;
        return new Uri($"http://{host}:{Port}/pages/{name}");
    }

    public async Task<JsonObject> ReportAsync(string name)
    {
        var report = Completion(name).Task;
        var finished = await Task.WhenAny(report, Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.That(finished, Is.SameAs(report), $"The page {name} reported nothing within 60 seconds.");
        return await report;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private TaskCompletionSource<JsonObject> Completion(string name) =>
        _reports.GetOrAdd(name, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));
}
