using System.Net;
using System.Text.Json.Nodes;
using Dps.IntegrationTests.Infrastructure;
using Dps.IntegrationTests.Referral;

namespace Dps.IntegrationTests.Races;

/// <summary>A question is answered once even when its answers race: the referral's lock orders them.</summary>
public sealed class ClarificationRaceTests : ApiTest
{
    [Test]
    public async Task Racing_answers_give_one_answer_and_name_the_rule_to_the_others()
    {
        var scenario = await ClarificationScenario.StartAsync(Api);
        var question = await scenario.AskAsync(scenario.First, "Is there a waiting list?");

        using var start = new ManualResetEventSlim();
        var racers = Enumerable.Range(0, Race.Writers).Select(i => Task.Run(async () =>
        {
            start.Wait();
            return await scenario.AnswerAsync(scenario.Buyer, question.Id(), $"Answer {i}", i % 2 == 0 ? "Public" : "Private");
        })).ToList();
        start.Set();
        var responses = await Task.WhenAll(racers);

        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.OK), Is.EqualTo(1), string.Join(", ", responses.Select(r => r.StatusCode)));
        foreach (var loser in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            var body = await loser.Content.ReadAsStringAsync();
            Assert.That(loser.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), body);
            Assert.That(JsonNode.Parse(body)!["rule"]?.GetValue<string>(), Is.EqualTo("ClarificationMayBeAnsweredOnce"), body);
        }
    }
}
