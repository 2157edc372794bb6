using System.Net;
using System.Text.Json.Nodes;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Platform.Feed;

/// <summary>Reads the change feed to its end, a page at a time, as a client would.</summary>
public static class FeedReader
{
    public static async Task<(List<JsonObject> Events, string Next)> ReadAllAsync(HttpClient client, string? after = null, int limit = 1000)
    {
        var events = new List<JsonObject>();
        var cursor = after;
        while (true)
        {
            var response = await client.GetAsync($"/api/v1/feed?limit={limit}{(cursor is null ? "" : $"&after={cursor}")}");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
            var page = await response.JsonAsync();
            var items = page["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
            cursor = page["next"]!.GetValue<string>();
            events.AddRange(items);
            if (items.Count < limit)
            {
                return (events, cursor);
            }
        }
    }

    public static List<string> TypesAbout(this IEnumerable<JsonObject> events, Guid resourceId) =>
        events.Where(e => e["resource"]!["id"]!.GetValue<Guid>() == resourceId).Select(e => e["type"]!.GetValue<string>()).ToList();
}
