using System.Net;
using System.Net.Http.Json;
using Dps.IntegrationTests.Infrastructure;
using Dps.IntegrationTests.Referral;
using Dps.Referral.IntegrationEvents;
using Microsoft.Extensions.DependencyInjection;

namespace Dps.IntegrationTests.Evaluation;

/// <summary>Parent choice, award, the award event and concurrent awards.</summary>
public sealed class AwardApiTests : ApiTest
{
    private readonly EventRecorder<ServiceAwardedIntegrationEvent> _awards = new();

    protected override Action<IServiceCollection> TestServices => _awards.AddTo;

    [Test]
    public async Task With_two_bids_in_the_parent_choice_group_the_award_waits_for_the_choice_made_within_the_group()
    {
        var scenario = await CompetitionScenario.CloseAsync(Api);
        await scenario.ScoreWorkedExampleAsync();

        var tooSoon = await scenario.TryAwardAsync();
        var outside = await scenario.TryChooseAsync(scenario["Z"]);
        var chosen = await scenario.TryChooseAsync(scenario["X"]);
        var ready = await scenario.EvaluationAsync();
        var awarded = await scenario.TryAwardAsync(body: new { incentive = new { description = "Stepped down to day placement by week 26", premium = new { amount = 500m, currency = "GBP" } } });
        var evaluation = await awarded.JsonAsync();
        var again = await scenario.TryAwardAsync();
        var events = await _awards.ReceivedAsync(e => e.ReferralId == scenario.ReferralId, "the award event");

        await BidScenario.AssertRuleAsync(tooSoon, HttpStatusCode.Conflict, "ParentChoiceMustBeRecorded");
        await BidScenario.AssertRuleAsync(outside, HttpStatusCode.UnprocessableEntity, "ParentChoiceMustBeInTheGroup");
        await BidScenario.AssertRuleAsync(again, HttpStatusCode.Conflict, "CompetitionMustBeEvaluating");
        Assert.Multiple(() =>
        {
            Assert.That(chosen.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(ready["status"]!.GetValue<string>(), Is.EqualTo("ReadyToAward"));
            Assert.That(ready["parentChoice"]!["bidId"]!.GetValue<Guid>(), Is.EqualTo(scenario["X"].Id));
            Assert.That(ready["parentChoice"]!["recordedBy"]!.GetValue<string>(), Is.EqualTo("evaluator-1"));
            Assert.That(ready["parentChoice"]!["note"]!.GetValue<string>(), Is.EqualTo("Closer to the family's home."));
            Assert.That(awarded.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(evaluation["status"]!.GetValue<string>(), Is.EqualTo("Awarded"));
            Assert.That(evaluation["award"]!["bidId"]!.GetValue<Guid>(), Is.EqualTo(scenario["X"].Id));
            Assert.That(evaluation["award"]!["byParentChoice"]!.GetValue<bool>(), Is.True);
            Assert.That(evaluation["award"]!["incentive"]!["premium"]!["amount"]!.GetValue<decimal>(), Is.EqualTo(500m));

            var award = events.Single();
            Assert.That(award.Route, Is.EqualTo(AwardRoute.Competition));
            Assert.That(award.AwardId, Is.EqualTo(evaluation["award"]!["awardId"]!.GetValue<Guid>()));
            Assert.That(award.SupplierId, Is.EqualTo(scenario["X"].Bid.SupplierId));
            Assert.That(award.EstablishmentId, Is.EqualTo(scenario["X"].Bid.EstablishmentId));
            Assert.That(award.AuthorityId, Is.EqualTo(scenario.Closed.AuthorityId));
            Assert.That(award.Price.Amount, Is.EqualTo(3000m));
            Assert.That(award.PriceBasis, Is.EqualTo("Week"));
            Assert.That(award.CostLines.Select(l => l.LineCode), Is.EqualTo(new[] { "STAFFING", "VAR-1" }));
            Assert.That(award.CostLines.Sum(l => l.Amount.Amount), Is.EqualTo(3000m));
            Assert.That(award.ServiceUserReference, Is.EqualTo("WSCC-20260001"));
            Assert.That(award.TermWeeks, Is.EqualTo(39));
            Assert.That(award.FundingModel, Is.Null, "the category has no funding model");
        });
    }

    [Test]
    public async Task A_lone_winner_is_awarded_without_a_parent_choice_and_of_two_concurrent_awards_one_wins()
    {
        var scenario = await CompetitionScenario.CloseAsync(Api, weights: CompetitionScenario.SeventyThirty);
        await scenario.ScoreWorkedExampleAsync();
        var second = await scenario.EvaluatorAsync("evaluator-2");

        var ranked = await scenario.EvaluationAsync();
        var answers = await Task.WhenAll(scenario.TryAwardAsync(), scenario.TryAwardAsync(second));

        Assert.Multiple(async () =>
        {
            Assert.That(ranked["bids"]!.AsArray().Select(b => b!["total"]!.GetValue<decimal>()), Is.EqualTo(new[] { 87.77m, 81.00m, 74.00m }));
            Assert.That(ranked["parentChoiceGroup"]!.AsArray(), Has.Count.EqualTo(1));
            Assert.That(ranked["status"]!.GetValue<string>(), Is.EqualTo("ReadyToAward"));
            Assert.That(answers.Select(a => a.StatusCode), Is.EquivalentTo(new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
            var winner = await answers.Single(a => a.IsSuccessStatusCode).JsonAsync();
            Assert.That(winner["award"]!["bidId"]!.GetValue<Guid>(), Is.EqualTo(scenario["Y"].Id));
            Assert.That(winner["award"]!["byParentChoice"]!.GetValue<bool>(), Is.False);
            Assert.That((await _awards.ReceivedAsync(e => e.ReferralId == scenario.ReferralId, "the award event")).Count, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Nothing_is_awarded_before_every_compliant_bid_is_scored_nor_on_a_cancelled_referral()
    {
        var scenario = await CompetitionScenario.CloseAsync(Api, weights: CompetitionScenario.SeventyThirty);
        await scenario.ScoreAsync(scenario["X"], 60m);

        var unranked = await scenario.TryAwardAsync();
        await CancelReferralAsync(scenario);
        var cancelled = await scenario.EvaluationAsync();
        var scoring = await scenario.TryScoreAsync(scenario["Y"], 80m);

        await BidScenario.AssertRuleAsync(unranked, HttpStatusCode.Conflict, "RankingMustBeComplete");
        await BidScenario.AssertRuleAsync(scoring, HttpStatusCode.Conflict, "CompetitionMustBeEvaluating");
        Assert.That(cancelled["status"]!.GetValue<string>(), Is.EqualTo("Cancelled"));
    }

    [Test]
    public async Task A_stale_if_match_on_the_parent_choice_is_a_412()
    {
        var scenario = await CompetitionScenario.CloseAsync(Api);
        await scenario.ScoreWorkedExampleAsync();
        var read = await scenario.Buyer.GetAsync(scenario.EvaluationPath);
        var etag = read.Headers.ETag!.Tag;
        (await scenario.TryChooseAsync(scenario["X"])).EnsureSuccessStatusCode();

        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/referrals/{scenario.ReferralId}/parent-choice")
        {
            Content = JsonContent.Create(new { bidId = scenario["Y"].Id, note = (string?)null }),
        };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
        var stale = await scenario.Buyer.SendAsync(request);

        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
    }

    [Test]
    public async Task A_score_recorded_after_the_buyer_read_the_ranking_makes_that_reading_stale()
    {
        var scenario = await CompetitionScenario.CloseAsync(Api, weights: CompetitionScenario.SeventyThirty);
        await scenario.ScoreWorkedExampleAsync();
        var etag = (await scenario.Buyer.GetAsync(scenario.EvaluationPath)).Headers.ETag!.Tag;
        await scenario.ScoreAsync(scenario["X"], 100m, reason: "Re-read: the transition plan is exemplary.");

        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/referrals/{scenario.ReferralId}/award") { Content = JsonContent.Create(new { incentive = (object?)null }) };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
        var stale = await scenario.Buyer.SendAsync(request);

        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
        Assert.That((await scenario.EvaluationAsync())["status"]!.GetValue<string>(), Is.Not.EqualTo("Awarded"));
    }

    private async Task CancelReferralAsync(CompetitionScenario scenario) =>
        await Catalogue.CatalogueEvents.PublishAsync(Api, new ReferralCancelledIntegrationEvent(
            Guid.NewGuid(), DateTimeOffset.UtcNow, scenario.ReferralId, scenario.Closed.DpsId, scenario.Closed.CategoryId, scenario.Closed.AuthorityId,
            "The family moved out of the county.", DateTimeOffset.UtcNow, []));
}
