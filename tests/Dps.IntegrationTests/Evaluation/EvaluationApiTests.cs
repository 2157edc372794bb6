using System.Net;
using System.Text.Json.Nodes;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Infrastructure;
using Dps.IntegrationTests.Referral;

namespace Dps.IntegrationTests.Evaluation;

/// <summary>From the closed-competition event to a ranked, explained evaluation: the worked example through HTTP.</summary>
public sealed class EvaluationApiTests : ApiTest
{
    [Test]
    public async Task The_closed_competition_is_scored_at_once_and_ranked_when_every_method_statement_is_scored()
    {
        var scenario = await CompetitionScenario.CloseAsync(Api);

        var waiting = await scenario.EvaluationAsync();
        await scenario.ScoreWorkedExampleAsync();
        var ranked = await scenario.EvaluationAsync();

        Assert.Multiple(() =>
        {
            Assert.That(waiting["status"]!.GetValue<string>(), Is.EqualTo("AwaitingMethodStatementScores"));
            Assert.That(waiting["bids"]!.AsArray().Select(b => b!["rank"]), Is.All.Null);
            Assert.That(waiting["bidCount"]!.GetValue<int>(), Is.EqualTo(3));

            Assert.That(ranked["status"]!.GetValue<string>(), Is.EqualTo("AwaitingParentChoice"));
            Assert.That(ranked["bids"]!.AsArray().Select(b => b!["rank"]!.GetValue<int>()), Is.EqualTo(new[] { 1, 2, 3 }));
            Assert.That(
                ranked["bids"]!.AsArray().Select(b => b!["bidId"]!.GetValue<Guid>()),
                Is.EqualTo(new[] { scenario["Y"].Id, scenario["X"].Id, scenario["Z"].Id }));
            Assert.That(ranked["bids"]!.AsArray().Select(b => b!["total"]!.GetValue<decimal>()), Is.EqualTo(new[] { 87.95m, 86.75m, 76.92m }));
            Assert.That(ranked["parentChoiceGroup"]!.AsArray().Select(b => b!.GetValue<Guid>()), Is.EqualTo(new[] { scenario["Y"].Id, scenario["X"].Id }));
            Assert.That(ranked["lowestCompliantPrice"]!["amount"]!.GetValue<decimal>(), Is.EqualTo(3000m));
        });
    }

    [Test]
    public async Task Every_bid_s_points_can_be_recomputed_from_the_inputs_the_explanation_shows()
    {
        var scenario = await CompetitionScenario.CloseAsync(Api);
        await scenario.ScoreWorkedExampleAsync();

        var evaluation = await scenario.EvaluationAsync();

        foreach (var bid in evaluation["bids"]!.AsArray().Select(b => b!.AsObject()))
        {
            var breakdown = bid["breakdown"]!;
            var price = breakdown["price"]!;
            var needs = breakdown["needs"]!;
            var features = breakdown["features"]!;
            var location = breakdown["location"]!;
            var competency = breakdown["coreCompetency"]!;
            var outcomes = breakdown["outcomes"]!;
            var pricePoints = D(price["weight"]) * D(price["lowestCompliantPrice"]!["amount"]) / D(price["price"]!["amount"]);
            var needsPoints = D(needs["weight"]) * D(needs["marksMet"]) / D(needs["marksTotal"]);
            var featuresPoints = D(features["weight"]) * D(features["marksMet"]) / D(features["marksTotal"]);
            var band = (int)Math.Floor(D(location["miles"]) / D(location["bandMiles"]));
            var mark = Math.Max(0, location["topMark"]!.GetValue<int>() - band);
            var locationPoints = D(location["weight"]) * mark / location["topMark"]!.GetValue<int>();
            var competencyPoints = D(competency["weight"]) * D(competency["qualificationScore"]) / 100m;
            var outcomesPoints = D(outcomes["weight"]) * D(outcomes["methodStatementScore"]) / 100m;
            var total = pricePoints + needsPoints + featuresPoints + locationPoints + competencyPoints + outcomesPoints;

            Assert.Multiple(() =>
            {
                Assert.That(D(price["exactPoints"]), Is.EqualTo(pricePoints));
                Assert.That(D(needs["exactPoints"]), Is.EqualTo(needsPoints));
                Assert.That(D(features["exactPoints"]), Is.EqualTo(featuresPoints));
                Assert.That(location["band"]!.GetValue<int>(), Is.EqualTo(band));
                Assert.That(D(location["exactPoints"]), Is.EqualTo(locationPoints));
                Assert.That(D(competency["exactPoints"]), Is.EqualTo(competencyPoints));
                Assert.That(D(outcomes["exactPoints"]), Is.EqualTo(outcomesPoints));
                Assert.That(D(bid["exactTotal"]), Is.EqualTo(total));
                Assert.That(D(bid["total"]), Is.EqualTo(Math.Round(total, 2, MidpointRounding.AwayFromZero)));
                Assert.That(price["formula"]!.GetValue<string>(), Is.Not.Empty);
                Assert.That(location["formula"]!.GetValue<string>(), Does.Contain("floor("));
            });
        }
    }

    [Test]
    public async Task A_bid_missing_a_must_have_need_is_kept_and_explained_but_never_ranked_nor_the_lowest_price()
    {
        var bids = CompetitionScenario.WorkedExample().Append(("W", CompetitionScenario.Bid(2500m, 2m, ["N1", "N2", "N3"], ["F1", "F3"], 95m, 4))).ToList();
        var scenario = await CompetitionScenario.CloseAsync(Api, bids);
        await scenario.ScoreWorkedExampleAsync();

        var scoringIt = await scenario.TryScoreAsync(scenario["W"], 100m);
        var evaluation = await scenario.EvaluationAsync();
        var w = CompetitionScenario.BidIn(evaluation, scenario["W"]);

        await BidScenario.AssertRuleAsync(scoringIt, HttpStatusCode.UnprocessableEntity, "MethodStatementIsScoredOnlyOnCompliantBids");
        Assert.Multiple(() =>
        {
            Assert.That(w["compliant"]!.GetValue<bool>(), Is.False);
            Assert.That(w["missedMustHaves"]!.AsArray().Select(c => c!.GetValue<string>()), Is.EqualTo(new[] { "N4" }));
            Assert.That(w["rank"], Is.Null);
            Assert.That(w["total"], Is.Null);
            Assert.That(evaluation["lowestCompliantPrice"]!["amount"]!.GetValue<decimal>(), Is.EqualTo(3000m));
            Assert.That(evaluation["compliantBidCount"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(CompetitionScenario.BidIn(evaluation, scenario["Y"])["total"]!.GetValue<decimal>(), Is.EqualTo(87.95m));
            Assert.That(evaluation["bids"]!.AsArray().Last()!["bidId"]!.GetValue<Guid>(), Is.EqualTo(scenario["W"].Id), "non-compliant bids follow the ranked ones");
        });
    }

    [Test]
    public async Task Only_the_referral_s_buyers_the_manager_and_auditors_read_the_evaluation()
    {
        var scenario = await CompetitionScenario.CloseAsync(Api);
        var otherAuthority = await CompetitionScenario.ClientAsync(Api, DpsRoles.Buyer, "elsewhere", authorityId: Guid.NewGuid());
        var supplier = scenario["X"].Supplier;

        Assert.Multiple(async () =>
        {
            Assert.That((await otherAuthority.GetAsync(scenario.EvaluationPath)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await supplier.GetAsync(scenario.EvaluationPath)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That((await (await AsManagerAsync()).GetAsync(scenario.EvaluationPath)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await (await AsAsync(DpsRoles.Auditor)).GetAsync(scenario.EvaluationPath)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await scenario.Buyer.GetAsync($"/api/v1/referrals/{Guid.NewGuid()}/evaluation")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await scenario.TryScoreAsync(scenario["X"], 50m, evaluator: otherAuthority)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [Test]
    public async Task A_score_outside_0_to_100_is_a_400_naming_the_field()
    {
        var scenario = await CompetitionScenario.CloseAsync(Api);

        var scored = await scenario.TryScoreAsync(scenario["X"], 101m);
        var body = await scored.JsonAsync();

        Assert.That(scored.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(body["errors"]!.AsObject().Select(e => e.Key), Does.Contain("score"));
    }

    private static decimal D(JsonNode? node) => node!.GetValue<decimal>();
}
