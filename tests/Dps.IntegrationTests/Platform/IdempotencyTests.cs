using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dps.IntegrationTests.Catalogue;
using Dps.IntegrationTests.ContractManagement;
using Dps.IntegrationTests.Evaluation;
using Dps.IntegrationTests.Infrastructure;
using Dps.IntegrationTests.Qualification;
using Dps.IntegrationTests.Referral;

namespace Dps.IntegrationTests.Platform;

/// <summary>
/// <c>Idempotency-Key</c> on a command of each module: a repeat answers the first response and changes nothing, the key
/// with another body is a 422, racing repeats run once, and a key that failed keeps nothing.
/// </summary>
public sealed class IdempotencyTests : ApiTest
{
    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string path, object body, string key, HttpMethod? method = null)
    {
        var request = new HttpRequestMessage(method ?? HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    private static bool Replayed(HttpResponseMessage response) => response.Headers.TryGetValues("Idempotent-Replayed", out var values) && values.Single() == "true";

    [Test]
    public async Task A_repeated_score_adjustment_answers_the_first_response_and_adjusts_once()
    {
        var scenario = await QualificationScenario.StartAsync(Api);
        var membership = await scenario.AdmittedToSenAsync();
        var path = $"/api/v1/memberships/{membership.Id()}/score-adjustments";
        var key = Guid.NewGuid().ToString();
        var adjustment = new { adjustment = -8.5m, reason = "Six-monthly review: late reports" };

        var first = await SendAsync(scenario.Manager, path, adjustment, key);
        var again = await SendAsync(scenario.Manager, path, adjustment, key);
        var otherBody = await SendAsync(scenario.Manager, path, adjustment with { reason = "Another reason" }, key);
        var read = await (await scenario.Manager.GetAsync($"/api/v1/memberships/{membership.Id()}")).JsonAsync();

        await BidScenario.AssertRuleAsync(otherBody, HttpStatusCode.UnprocessableEntity, "IdempotencyKeyIsForOneRequest");
        Assert.Multiple(async () =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK), await first.Content.ReadAsStringAsync());
            Assert.That(Replayed(first), Is.False);
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(Replayed(again), Is.True);
            Assert.That(await again.Content.ReadAsStringAsync(), Is.EqualTo(await first.Content.ReadAsStringAsync()));
            Assert.That(again.Headers.ETag, Is.EqualTo(first.Headers.ETag));
            Assert.That(read["scoreAdjustments"]!.AsArray(), Has.Count.EqualTo(1));
            Assert.That(read["coreCompetencyScore"]!.GetValue<decimal>(), Is.EqualTo(59.50m));
        });
    }

    [Test]
    public async Task Racing_repeats_of_a_new_referral_raise_it_once()
    {
        var scenario = await ReferralScenario.StartAsync(Api);
        var key = Guid.NewGuid().ToString();
        var body = scenario.Body();

        using var start = new ManualResetEventSlim();
        var racing = Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            return await SendAsync(scenario.Buyer, "/api/v1/referrals", body.DeepClone(), key);
        })).ToList();
        start.Set();
        var responses = await Task.WhenAll(racing);
        var referrals = (await (await scenario.Buyer.GetAsync("/api/v1/referrals?pageSize=100")).JsonAsync())["items"]!.AsArray();
        var created = responses.Where(r => r.StatusCode == HttpStatusCode.Created).ToList();

        Assert.That(referrals, Has.Count.EqualTo(1), "raised once");
        Assert.That(created.Count(r => !Replayed(r)), Is.EqualTo(1), "one ran");
        foreach (var response in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await BidScenario.AssertRuleAsync(response, HttpStatusCode.Conflict, "IdempotentRequestRunsOnce");
        }

        foreach (var response in created)
        {
            Assert.That((await response.JsonAsync())["id"]!.GetValue<Guid>(), Is.EqualTo(referrals[0]!["id"]!.GetValue<Guid>()));
        }
    }

    [Test]
    public async Task A_repeated_funding_model_a_repeated_award_and_a_repeated_criterion_failure_change_nothing()
    {
        var catalogue = await CatalogueScenario.StartAsync(Api);
        var fundingModel = OfferRequests.NewFundingModel(catalogue.DpsId, categoryId: catalogue.Sen);
        var fundingKey = Guid.NewGuid().ToString();
        var defined = await SendAsync(catalogue.Manager, "/api/v1/funding-models", fundingModel, fundingKey);
        var definedAgain = await SendAsync(catalogue.Manager, "/api/v1/funding-models", fundingModel.DeepClone(), fundingKey);

        var competition = await CompetitionScenario.CloseAsync(Api, weights: CompetitionScenario.SeventyThirty);
        await competition.ScoreWorkedExampleAsync();
        var awardKey = Guid.NewGuid().ToString();
        var awardPath = $"/api/v1/referrals/{competition.ReferralId}/award";
        var awarded = await SendAsync(competition.Buyer, awardPath, new { incentive = (object?)null }, awardKey);
        var awardedAgain = await SendAsync(competition.Buyer, awardPath, new { incentive = (object?)null }, awardKey);

        var award = ContractScenario.Award();
        await ContractScenario.DeliverAsync(Api, award);
        var buyer = await ContractScenario.BuyerAsync(Api, award);
        var contract = await ContractScenario.ContractOfAsync(buyer, award);
        var failure = new { criterionCode = "PF-OFSTED", evidence = "Ofsted rating: Inadequate", reference = "OF-1" };
        var failureKey = Guid.NewGuid().ToString();
        var recorded = await SendAsync(buyer, $"/api/v1/contracts/{contract["id"]}/criterion-failures", failure, failureKey);
        var recordedAgain = await SendAsync(buyer, $"/api/v1/contracts/{contract["id"]}/criterion-failures", failure, failureKey);
        var read = await (await buyer.GetAsync($"/api/v1/contracts/{contract["id"]}")).JsonAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(defined.StatusCode, Is.EqualTo(HttpStatusCode.Created), await defined.Content.ReadAsStringAsync());
            Assert.That(definedAgain.StatusCode, Is.EqualTo(HttpStatusCode.Created), "not 409 OneFundingModelPerCategoryOrRouteway");
            Assert.That(Replayed(definedAgain), Is.True);
            Assert.That(definedAgain.Headers.Location, Is.EqualTo(defined.Headers.Location));
            Assert.That(awarded.StatusCode, Is.EqualTo(HttpStatusCode.OK), await awarded.Content.ReadAsStringAsync());
            Assert.That(awardedAgain.StatusCode, Is.EqualTo(HttpStatusCode.OK), "not 409: the award is not made twice");
            Assert.That(Replayed(awardedAgain), Is.True);
            Assert.That(recorded.StatusCode, Is.EqualTo(HttpStatusCode.OK), await recorded.Content.ReadAsStringAsync());
            Assert.That(Replayed(recordedAgain), Is.True);
            Assert.That(read["criterionFailures"]!.AsArray(), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task A_key_whose_request_failed_keeps_nothing_and_a_malformed_key_is_a_400()
    {
        var scenario = await QualificationScenario.StartAsync(Api);
        var membership = await scenario.AdmittedToSenAsync();
        var path = $"/api/v1/memberships/{membership.Id()}/score-adjustments";
        var key = Guid.NewGuid().ToString();

        var tooMuch = await SendAsync(scenario.Manager, path, new { adjustment = 50m, reason = "Too generous" }, key);
        var corrected = await SendAsync(scenario.Manager, path, new { adjustment = 5m, reason = "Good reports" }, key);
        var malformed = await SendAsync(scenario.Manager, path, new { adjustment = 5m, reason = "Good reports" }, new string('k', 201));

        await BidScenario.AssertRuleAsync(tooMuch, HttpStatusCode.UnprocessableEntity, "CoreCompetencyScoreMustStayWithin0To100");
        Assert.Multiple(async () =>
        {
            Assert.That(corrected.StatusCode, Is.EqualTo(HttpStatusCode.OK), await corrected.Content.ReadAsStringAsync());
            Assert.That(Replayed(corrected), Is.False);
            Assert.That(malformed.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await malformed.ValidationErrorsAsync(), Does.ContainKey("idempotency-key"));
        });
    }

    [Test]
    public async Task Expired_keys_are_swept_and_live_ones_kept()
    {
        const string insert = """
            INSERT INTO platform.idempotent_requests (caller, key, request_hash, created_at, expires_at)
            VALUES ('sweep-test', @p0, 'hash', now() - interval '2 days', now() + @p1 * interval '1 hour')
            """;
        await Sql.ExecuteAsync(ConnectionString, insert, "expired", -24);
        await Sql.ExecuteAsync(ConnectionString, insert, "live", 1);
        await using var sweeping = Api.With(new() { ["Idempotency:SweepInterval"] = "00:00:00.200" });
        _ = sweeping.Server;

        var left = await Eventually.Until(
            () => Sql.CountAsync(ConnectionString, "SELECT count(*) FROM platform.idempotent_requests WHERE caller = 'sweep-test' AND key = 'expired'"),
            count => count == 0,
            "the expired key to be swept");

        Assert.That(left, Is.Zero);
        Assert.That(await Sql.CountAsync(ConnectionString, "SELECT count(*) FROM platform.idempotent_requests WHERE caller = 'sweep-test' AND key = 'live'"), Is.EqualTo(1));
    }
}
