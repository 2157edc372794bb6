using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dps.BuildingBlocks.Application.Security;
using Dps.DemoData;
using Dps.IntegrationTests.Infrastructure;
using Dps.Referral.IntegrationEvents;
using Microsoft.Extensions.DependencyInjection;

namespace Dps.IntegrationTests.Evaluation;

/// <summary>The README's DWP walk on the demo data: a Greater Manchester business case matched to the Engagement offers and awarded.</summary>
public sealed class DemoOfferMatchTests : ApiTest
{
    private readonly Referral.EventRecorder<ServiceAwardedIntegrationEvent> _awards = new();

    protected override Dictionary<string, string?> HostSettings => new() { ["DemoData:Seed"] = "true" };

    protected override Action<IServiceCollection> TestServices => _awards.AddTo;

    [Test]
    public async Task A_business_case_on_the_demo_DWP_DPS_is_matched_to_its_category_s_offers_and_awarded_with_the_funding_model()
    {
        var buyer = await AsAsync(DpsRoles.Buyer, authorityId: DemoPurchasingSystems.DwpGreaterManchester.Id);
        var dps = (await (await buyer.GetAsync("/api/v1/dps")).JsonAsync())["items"]!.AsArray().Single(d => d!["reference"]!.GetValue<string>() == "DWP-FSF-DPS")!;
        var categories = await (await buyer.GetAsync($"/api/v1/dps/{dps["id"]}/categories?pageSize=200")).JsonAsync();
        var engagement = categories["items"]!.AsArray().Single(c => c!["name"]!.GetValue<string>() == "Engagement")!["id"]!.GetValue<Guid>();
        var raised = await buyer.PostAsJsonAsync("/api/v1/referrals", BusinessCase(engagement));
        Assert.That(raised.StatusCode, Is.EqualTo(HttpStatusCode.Created), await raised.Content.ReadAsStringAsync());
        var businessCase = await raised.JsonAsync();

        var matching = await buyer.PostAsJsonAsync($"/api/v1/referrals/{businessCase.Id()}/match", new { clientGroups = new[] { "Long-term unemployed", "Lone parents" } });
        var path = $"/api/v1/referrals/{businessCase.Id()}/offer-matches";
        var ranked = await Eventually.Until(async () => await buyer.GetAsync(path), r => r.StatusCode == HttpStatusCode.OK, "Evaluation to match the business case");
        var offers = (await ranked.JsonAsync())["offers"]!.AsArray();
        foreach (var offer in offers)
        {
            var fit = await buyer.PostAsJsonAsync(
                $"{path}/{offer!["offerId"]}/fit-score", new { overallFit = 80, movesClaimantsCloserToWork = 75, performanceExpectations = 70, performanceManagement = 85 });
            Assert.That(fit.StatusCode, Is.EqualTo(HttpStatusCode.OK), await fit.Content.ReadAsStringAsync());
        }

        var invited = await (await buyer.PostAsync($"{path}/invite", null)).JsonAsync();
        var pending = invited["invitations"]!.AsArray().Single()!;
        var winner = invited["offers"]!.AsArray().Single(o => o!["offerId"]!.GetValue<Guid>() == pending["offerId"]!.GetValue<Guid>())!;
        var supplier = await AsAsync(DpsRoles.Supplier, supplierId: winner["supplierId"]!.GetValue<Guid>());
        var accepted = await supplier.PostAsync($"{path}/{pending["offerId"]}/accept", null);
        var award = (await _awards.ReceivedAsync(e => e.ReferralId == businessCase.Id(), "the award event")).Single();
        var placed = await Eventually.Until(
            async () => await (await buyer.GetAsync($"/api/v1/referrals/{businessCase.Id()}")).JsonAsync(),
            r => r["status"]!.GetValue<string>() == "Placed",
            "the award to place the business case");

        Assert.Multiple(async () =>
        {
            Assert.That(businessCase["kind"]!.GetValue<string>(), Is.EqualTo("BusinessCase"));
            Assert.That(matching.StatusCode, Is.EqualTo(HttpStatusCode.OK), await matching.Content.ReadAsStringAsync());
            Assert.That(offers.Select(o => o!["programmeName"]!.GetValue<string>()), Is.EqualTo(new[] { "Routes to Work" }));
            Assert.That(offers[0]!["breakdown"]!["needs"]!["met"]!.AsArray().Select(g => g!.GetValue<string>()), Is.EqualTo(new[] { "Long-term unemployed", "Lone parents" }));
            Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.OK), await accepted.Content.ReadAsStringAsync());
            Assert.That(award.Route, Is.EqualTo(AwardRoute.OfferMatch));
            Assert.That(award.Price.Amount, Is.EqualTo(320m));
            Assert.That(award.FundingModel!.StartSharePercent, Is.EqualTo(30m));
            Assert.That(award.FundingModel.CompletionSharePercent, Is.EqualTo(70m));
            Assert.That(placed["clientGroups"]!.AsArray(), Has.Count.EqualTo(2));
        });
    }

    private static JsonObject BusinessCase(Guid categoryId) => JsonNode.Parse($$"""
        {
          "categoryId": "{{categoryId}}",
          "serviceUserReference": "DWPGM-20260042",
          "requiredNeeds": [],
          "desiredFeatures": [],
          "desiredOutcomes": "Claimants in Salford move closer to work: routine, confidence, an action plan.",
          "home": { "postcode": "M5 4WT", "latitude": 53.4875, "longitude": -2.2901 },
          "geographicLimitMiles": 25,
          "startDate": "{{Requests.SchemeToday().AddDays(30):yyyy-MM-dd}}",
          "termWeeks": 26,
          "priceBasis": "Week",
          "groupSize": null,
          "places": 30,
          "responseDeadline": "{{DateTimeOffset.UtcNow.AddDays(14):O}}",
          "weights": null
        }
        """)!.AsObject();
}
