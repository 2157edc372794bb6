using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Platform.Webhooks;

public static class WebhookRequests
{
    /// <summary>Registers a subscription; returns it with its secret.</summary>
    public static async Task<(JsonObject Subscription, string Secret)> SubscribeAsync(this HttpClient client, string url, params string[] eventTypes)
    {
        var response = await client.PostAsJsonAsync("/api/v1/webhooks", new { url, eventTypes });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var registered = await response.JsonAsync();
        return (registered["subscription"]!.AsObject(), registered["secret"]!.GetValue<string>());
    }

    public static async Task<List<JsonObject>> DeliveriesAsync(this HttpClient client, Guid subscriptionId)
    {
        var response = await client.GetAsync($"/api/v1/webhooks/{subscriptionId}/deliveries?pageSize=200");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync())["items"]!.AsArray().Select(i => i!.AsObject()).Reverse().ToList();
    }
}
