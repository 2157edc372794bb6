using System.Net;
using System.Text.Json.Nodes;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Evaluation;

/// <summary>Scoring uses only the referral's inputs and the bids': a supplier's earlier awards change nothing.</summary>
public sealed class FairnessApiTests : ApiTest
{
    [Test]
    public async Task A_supplier_s_earlier_award_does_not_change_its_scores_on_the_next_competition()
    {
        var supplier = Guid.NewGuid();
        var earlier = await CompetitionScenario.CloseAsync(Api, CompetitionScenario.WorkedExample(supplierOfX: supplier));
        await earlier.ScoreWorkedExampleAsync();
        (await earlier.TryChooseAsync(earlier["X"])).EnsureSuccessStatusCode();
        var awarded = await earlier.TryAwardAsync();
        Assert.That(awarded.StatusCode, Is.EqualTo(HttpStatusCode.OK), await awarded.Content.ReadAsStringAsync());

        var withHistory = await ScoredAsync(await CompetitionScenario.CloseAsync(Api, CompetitionScenario.WorkedExample(supplierOfX: supplier)));
        var withoutHistory = await ScoredAsync(await CompetitionScenario.CloseAsync(Api, CompetitionScenario.WorkedExample()));

        Assert.Multiple(() =>
        {
            Assert.That(withHistory.Select(b => b.Total), Is.EqualTo(new[] { 87.95m, 86.75m, 76.92m }));
            Assert.That(withHistory, Is.EqualTo(withoutHistory));
        });
    }

    /// <summary>Each bid's name, rank, total and breakdown, in ranked order, with the worked example's method-statement scores.</summary>
    private static async Task<List<(string Name, int Rank, decimal Total, string Breakdown)>> ScoredAsync(CompetitionScenario scenario)
    {
        await scenario.ScoreWorkedExampleAsync();
        var evaluation = await scenario.EvaluationAsync();
        return
        [
            .. evaluation["bids"]!.AsArray().Select(b => (
                scenario.Bids.Single(t => t.Id == b!["bidId"]!.GetValue<Guid>()).Name,
                b!["rank"]!.GetValue<int>(),
                b["total"]!.GetValue<decimal>(),
                b["breakdown"]!.ToJsonString())),
        ];
    }
}
