using System.Net;
using System.Text.Json.Nodes;

namespace Dps.IntegrationTests.Races;

/// <summary>Sends the same create many times at once: exactly one may win; every other gets the rule's 409.</summary>
public static class Race
{
    public const int Writers = 20;

    public static async Task ExactlyOneWinsAsync(Func<int, Task<HttpResponseMessage>> create, string rule)
    {
        using var start = new ManualResetEventSlim();
        var racers = Enumerable.Range(0, Writers).Select(i => Task.Run(async () =>
        {
            start.Wait();
            return await create(i);
        })).ToList();
        start.Set();
        var responses = await Task.WhenAll(racers);

        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.That(statuses.Count(s => s == HttpStatusCode.Created), Is.EqualTo(1), string.Join(", ", statuses));
        foreach (var loser in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            var body = await loser.Content.ReadAsStringAsync();
            Assert.That(loser.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), body);
            Assert.That(JsonNode.Parse(body)!["rule"]?.GetValue<string>(), Is.EqualTo(rule), body);
        }
    }
}
