using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Dps.Api.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Dps.IntegrationTests.Platform.Webhooks;

/// <summary>A subscriber on loopback: it keeps every request and answers with what <see cref="Answer"/> says.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebhookReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<Received> Requests { get; } = new();

    /// <summary>The status for the n-th request (1-based); 200 unless set. It may wait first.</summary>
    public Func<int, Task<int>> Answer { get; set; } = _ => Task.FromResult(200);

    public string Url => _app.Urls.Single() + "/hook";

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hook", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            receiver.Requests.Enqueue(new Received(
                body, request.Headers[WebhookSignature.TimestampHeader].ToString(), request.Headers[WebhookSignature.SignatureHeader].ToString(),
                Guid.Parse(request.Headers[WebhookSignature.EventIdHeader].ToString())));
            return Results.StatusCode(await receiver.Answer(receiver.Requests.Count));
        });
        await app.StartAsync();
        return receiver;
    }

    /// <summary>The events received and answered, in the order they came, each once (a redelivery keeps its first place).</summary>
    public List<Guid> DistinctEventIds() => Requests.Select(r => r.EventId).Distinct().ToList();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    public sealed record Received(string Body, string Timestamp, string Signature, Guid EventId)
    {
        public JsonObject Event => JsonNode.Parse(Body)!.AsObject();

        public bool IsSignedWith(string secret) =>
            Signature == WebhookSignature.Sign(secret, long.Parse(Timestamp, System.Globalization.CultureInfo.InvariantCulture), Encoding.UTF8.GetBytes(Body));
    }
}
