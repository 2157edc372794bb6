using System.Net;
using System.Text.Json.Nodes;
using Dps.IntegrationTests.Infrastructure;
using Dps.IntegrationTests.Referral;

namespace Dps.IntegrationTests.Evaluation;

/// <summary>What each bidder learns after the award, and that past awards never change a score.</summary>
public sealed class FeedbackApiTests : ApiTest
{
    [Test]
    public async Task After_the_award_each_bidder_reads_its_own_scores_and_rank_and_the_winner_s_points_but_nothing_of_another_bidder()
    {
        var bids = CompetitionScenario.WorkedExample().Append(("W", CompetitionScenario.Bid(2500m, 2m, ["N1", "N2", "N3"], ["F1"], 95m, 4))).ToList();
        var scenario = await CompetitionScenario.CloseAsync(Api, bids, CompetitionScenario.SeventyThirty);
        await scenario.ScoreWorkedExampleAsync();
        var before = await scenario["X"].Supplier.GetAsync($"/api/v1/bids/{scenario["X"].Id}/feedback");
        (await scenario.TryAwardAsync()).EnsureSuccessStatusCode();

        var x = await FeedbackAsync(scenario["X"]);
        var y = await FeedbackAsync(scenario["Y"]);
        var w = await FeedbackAsync(scenario["W"]);
        var othersBid = await scenario["X"].Supplier.GetAsync($"/api/v1/bids/{scenario["Y"].Id}/feedback");
        var raw = x.ToJsonString();

        await BidScenario.AssertRuleAsync(before, HttpStatusCode.Conflict, "FeedbackFollowsTheAward");
        Assert.Multiple(() =>
        {
            Assert.That(othersBid.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(x["won"]!.GetValue<bool>(), Is.False);
            Assert.That(x["rank"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(x["compliantBidCount"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(x["total"]!.GetValue<decimal>(), Is.EqualTo(81.00m));
            Assert.That(x["breakdown"]!["price"]!["price"]!["amount"]!.GetValue<decimal>(), Is.EqualTo(3000m));
            Assert.That(x["winningBid"]!["total"]!.GetValue<decimal>(), Is.EqualTo(87.77m));
            Assert.That(x["winningBid"]!["price"]!.GetValue<decimal>(), Is.EqualTo(27.27m), "the winner's price points, not its price");
            Assert.That(raw, Does.Not.Contain(scenario["Y"].Bid.SupplierId.ToString()).And.Not.Contain(scenario["Y"].Id.ToString()).And.Not.Contain("3300"));

            Assert.That(y["won"]!.GetValue<bool>(), Is.True);
            Assert.That(y["rank"]!.GetValue<int>(), Is.EqualTo(1));

            Assert.That(w["compliant"]!.GetValue<bool>(), Is.False);
            Assert.That(w["rank"], Is.Null);
            Assert.That(w["missedMustHaves"]!.AsArray().Select(c => c!.GetValue<string>()), Is.EqualTo(new[] { "N4" }));
        });
    }

    [Test]
    public async Task A_supplier_s_earlier_awards_do_not_change_its_scores_on_another_competition()
    {
        var supplierId = Guid.NewGuid();
        var first = await CompetitionScenario.CloseAsync(Api, CompetitionScenario.WorkedExample(supplierOfX: supplierId), CompetitionScenario.SeventyThirty);
        var twin = await CompetitionScenario.CloseAsync(Api, CompetitionScenario.WorkedExample(supplierOfX: supplierId), CompetitionScenario.SeventyThirty);
        await twin.ScoreWorkedExampleAsync();
        var beforeAnyAward = Totals(await twin.EvaluationAsync());

        await first.ScoreWorkedExampleAsync();
        await first.TryChooseAsync(first["X"]);
        (await first.TryAwardAsync()).EnsureSuccessStatusCode();
        var afterAward = Totals(await twin.EvaluationAsync());

        Assert.That(afterAward, Is.EqualTo(beforeAnyAward));
        Assert.That(afterAward, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task Evaluators_score_independently_and_the_moderated_score_with_its_reason_is_the_one_that_counts()
    {
        var scenario = await CompetitionScenario.CloseAsync(Api);
        var second = await scenario.EvaluatorAsync("evaluator-2");
        var x = scenario["X"];
        await scenario.ScoreAsync(x, 60m);

        var secondBeforeScoring = await EntriesAsync(scenario, x, second);
        var changedWithoutReason = await scenario.TryScoreAsync(x, 65m);
        await scenario.ScoreAsync(x, 70m, evaluator: second);
        var secondAfterScoring = await EntriesAsync(scenario, x, second);
        await scenario.ScoreAsync(scenario["Y"], 80m);
        await scenario.ScoreAsync(scenario["Z"], 90m);
        var awaitingModeration = await scenario.EvaluationAsync();
        var moderatedWithoutReason = await scenario.TryScoreAsync(x, 60m, "Moderated");
        await scenario.ScoreAsync(x, 60m, "Moderated", "Consensus: the transition plan lacks dates.");
        await scenario.ScoreAsync(x, 62m, reason: "Re-read the outcomes section.");
        var moderated = await scenario.EvaluationAsync();
        var all = await EntriesAsync(scenario, x, await AsManagerAsync());

        await BidScenario.AssertRuleAsync(changedWithoutReason, HttpStatusCode.UnprocessableEntity, "ScoreMustGiveItsReason");
        await BidScenario.AssertRuleAsync(moderatedWithoutReason, HttpStatusCode.UnprocessableEntity, "ScoreMustGiveItsReason");
        Assert.Multiple(() =>
        {
            Assert.That(secondBeforeScoring, Is.Empty, "another evaluator's score stays hidden until one has scored");
            Assert.That(secondAfterScoring.Select(e => e["score"]!.GetValue<decimal>()), Is.EquivalentTo(new[] { 60m, 70m }));
            Assert.That(awaitingModeration["status"]!.GetValue<string>(), Is.EqualTo("AwaitingMethodStatementScores"));
            Assert.That(CompetitionScenario.BidIn(awaitingModeration, x)["breakdown"]!["outcomes"]!["methodStatementScore"], Is.Null);
            Assert.That(CompetitionScenario.BidIn(moderated, x)["breakdown"]!["outcomes"]!["methodStatementScore"]!.GetValue<decimal>(), Is.EqualTo(60m));
            Assert.That(CompetitionScenario.BidIn(moderated, x)["total"]!.GetValue<decimal>(), Is.EqualTo(86.75m));
            Assert.That(all.Select(e => $"{e["kind"]}:{e["score"]!.GetValue<decimal>():0.##}"), Is.EqualTo(new[] { "Individual:60", "Individual:70", "Moderated:60", "Individual:62" }));
        });
    }

    private static async Task<JsonObject> FeedbackAsync(TestBid bid)
    {
        var read = await bid.Supplier.GetAsync($"/api/v1/bids/{bid.Id}/feedback");
        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK), await read.Content.ReadAsStringAsync());
        return await read.JsonAsync();
    }

    private static async Task<List<JsonObject>> EntriesAsync(CompetitionScenario scenario, TestBid bid, HttpClient reader)
    {
        var read = await reader.GetAsync($"{scenario.EvaluationPath}/bids/{bid.Id}/scores");
        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK), await read.Content.ReadAsStringAsync());
        return [.. (await read.JsonAsync())["items"]!.AsArray().Select(e => e!.AsObject())];
    }

    private static List<decimal> Totals(JsonObject evaluation) =>
        [.. evaluation["bids"]!.AsArray().Select(b => b!["exactTotal"]!.GetValue<decimal>())];
}
