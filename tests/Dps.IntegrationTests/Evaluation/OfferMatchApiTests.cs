using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Catalogue;
using Dps.IntegrationTests.Infrastructure;
using Dps.IntegrationTests.Referral;
using Dps.Referral.IntegrationEvents;
using Microsoft.Extensions.DependencyInjection;

namespace Dps.IntegrationTests.Evaluation;

/// <summary>
/// DWP offer matching from the business-case event to award. Three suppliers active in Engagement offer: "Near and
/// dear" £450 for both client groups in Manchester; "Cheap" £300 for lone parents only in Manchester; "Far" £500 for
/// both groups in London. The business case is in Manchester, for the long-term unemployed and care leavers. The
/// minimum standard is raised to 70 here, so that "Far" (65.80) is never invited.
/// </summary>
public sealed class OfferMatchApiTests : OfferApiTest
{
    private readonly EventRecorder<ServiceAwardedIntegrationEvent> _awards = new();

    protected override Action<IServiceCollection> TestServices => _awards.AddTo;

    protected override Dictionary<string, string?> HostSettings => new() { ["Evaluation:OfferMinimumStandard"] = "70" };

    [Test]
    public async Task Offers_are_ranked_invited_best_first_a_decline_invites_the_next_and_an_acceptance_is_the_award()
    {
        var (matching, offers) = await MatchAsync(fundingModel: true);
        var buyer = await AsAsync(DpsRoles.Buyer, authorityId: Requests.LeadAuthorityId);
        var unscored = await ReadAsync(buyer, matching);
        var tooSoon = await buyer.PostAsync($"{Path(matching)}/invite", null);
        await FitScoreAsync(buyer, matching, offers["Near and dear"].Offer, 80m);
        await FitScoreAsync(buyer, matching, offers["Cheap"].Offer, 90m);
        await FitScoreAsync(buyer, matching, offers["Far"].Offer, 70m);

        var ranked = await ReadAsync(buyer, matching);
        var invited = await buyer.PostAsync($"{Path(matching)}/invite", null);
        var wrongSupplier = await offers["Far"].Supplier.PostAsync($"{Path(matching)}/{offers["Far"].Offer}/accept", null);
        var declined = await offers["Cheap"].Supplier.PostAsJsonAsync($"{Path(matching)}/{offers["Cheap"].Offer}/decline", new { reason = "No capacity until spring." });
        var accepted = await offers["Near and dear"].Supplier.PostAsync($"{Path(matching)}/{offers["Near and dear"].Offer}/accept", null);
        var awarded = await ReadAsync(buyer, matching);
        var seenByFar = await ReadAsync(offers["Far"].Supplier, matching);
        var award = (await _awards.ReceivedAsync(e => e.ReferralId == matching, "the award event")).Single();

        await BidScenario.AssertRuleAsync(tooSoon, HttpStatusCode.Conflict, "RankingMustBeComplete");
        await BidScenario.AssertRuleAsync(wrongSupplier, HttpStatusCode.Conflict, "OfferInvitationMustBeOpen");
        Assert.Multiple(async () =>
        {
            Assert.That(unscored["rankingComplete"]!.GetValue<bool>(), Is.False);
            Assert.That(unscored["offers"]!.AsArray(), Has.Count.EqualTo(3));

            Assert.That(Names(ranked, offers), Is.EqualTo(new[] { "Cheap", "Near and dear", "Far" }));
            Assert.That(ranked["offers"]!.AsArray().Select(o => o!["total"]!.GetValue<decimal>()), Is.EqualTo(new[] { 84.80m, 76.13m, 65.80m }));
            var far = ranked["offers"]!.AsArray()[2]!;
            Assert.That(far["breakdown"]!["location"]!["mark"]!.GetValue<int>(), Is.EqualTo(0));
            Assert.That(far["nearestLocation"]!.GetValue<string>(), Does.Contain("EC1R"));
            Assert.That(far["fitScore"]!["score"]!.GetValue<decimal>(), Is.EqualTo(70m));

            Assert.That(invited.StatusCode, Is.EqualTo(HttpStatusCode.OK), await invited.Content.ReadAsStringAsync());
            Assert.That(declined.StatusCode, Is.EqualTo(HttpStatusCode.OK), await declined.Content.ReadAsStringAsync());
            Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.OK), await accepted.Content.ReadAsStringAsync());
            Assert.That(awarded["status"]!.GetValue<string>(), Is.EqualTo("Awarded"));
            Assert.That(
                awarded["invitations"]!.AsArray().Select(i => $"{i!["offerId"]}:{i["outcome"]}"),
                Is.EqualTo(new[] { $"{offers["Cheap"].Offer}:Declined", $"{offers["Near and dear"].Offer}:Accepted" }));
            Assert.That(awarded["invitations"]!.AsArray()[0]!["reason"]!.GetValue<string>(), Is.EqualTo("No capacity until spring."));
            Assert.That(awarded["award"]!["bidId"]!.GetValue<Guid>(), Is.EqualTo(offers["Near and dear"].Offer));

            Assert.That(seenByFar["offers"]!.AsArray().Select(o => o!["offerId"]!.GetValue<Guid>()), Is.EqualTo(new[] { offers["Far"].Offer }));
            Assert.That(seenByFar["invitations"]!.AsArray(), Is.Empty);

            Assert.That(award.Route, Is.EqualTo(AwardRoute.OfferMatch));
            Assert.That(award.SupplierId, Is.EqualTo(offers["Near and dear"].SupplierId));
            Assert.That(award.Price.Amount, Is.EqualTo(450m));
            Assert.That(award.PriceBasis, Is.EqualTo("Participant"));
            Assert.That(award.FundingModel, Is.Not.Null);
            Assert.That(award.FundingModel!.StartSharePercent + award.FundingModel.CompletionSharePercent + award.FundingModel.JobOutcomeSharePercent, Is.EqualTo(100m));
        });
    }

    [Test]
    public async Task With_no_offer_at_the_minimum_standard_none_is_invited()
    {
        var (matching, _) = await MatchAsync();
        var buyer = await AsAsync(DpsRoles.Buyer, authorityId: Requests.LeadAuthorityId);
        foreach (var offer in (await ReadAsync(buyer, matching))["offers"]!.AsArray())
        {
            await FitScoreAsync(buyer, matching, offer!["offerId"]!.GetValue<Guid>(), 0m);
        }

        var invited = await buyer.PostAsync($"{Path(matching)}/invite", null);
        var body = await invited.JsonAsync();

        Assert.That(invited.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body["status"]!.GetValue<string>(), Is.EqualTo("NoSuitableOffer"));
        Assert.That(body["invitations"]!.AsArray(), Is.Empty);
    }

    private sealed record Offered(Guid Offer, Guid SupplierId, HttpClient Supplier);

    /// <summary>The three offers, submitted now, and a business case matched against the category's offers (of this test and any before it).</summary>
    private async Task<(Guid Matching, Dictionary<string, Offered> Offers)> MatchAsync(bool fundingModel = false)
    {
        if (fundingModel)
        {
            await DefineFundingModelAsync();
        }

        var offers = new Dictionary<string, Offered>();
        foreach (var (name, price, groups, place) in new[]
        {
            ("Near and dear", 450m, new[] { "Long-term unemployed", "Care leavers" }, (Name: "Manchester Central", Postcode: "M1 1AE", Lat: 53.4794, Lon: -2.2453)),
            ("Cheap", 300m, ["Lone parents"], (Name: "Salford Hub", Postcode: "M5 4WT", Lat: 53.4794, Lon: -2.2453)),
            ("Far", 500m, ["long-term unemployed", "Care leavers"], (Name: "Clerkenwell", Postcode: "EC1R 3AL", Lat: 51.5226, Lon: -0.1090)),
        })
        {
            var supplierId = Guid.NewGuid();
            var supplier = await AdmitSupplierAsync(supplierId, Engagement);
            var body = OfferRequests.NewOffer(DpsId, Engagement, programme: name, description: $"{name}: coaching and workshops.", price: price);
            body["clientGroups"] = new JsonArray([.. groups.Select(g => JsonValue.Create(g))]);
            body["deliveryLocations"] = new JsonArray(new JsonObject { ["name"] = place.Name, ["postcode"] = place.Postcode, ["latitude"] = place.Lat, ["longitude"] = place.Lon });
            var offer = await supplier.SubmitOfferAsync(body);
            offers[name] = new Offered(offer.Id(), supplierId, supplier);
        }

        var referralId = Guid.CreateVersion7();
        await CatalogueEvents.PublishAsync(Api, new BusinessCaseSubmittedIntegrationEvent(
            Guid.NewGuid(),
            DateTimeOffset.UtcNow,
            referralId,
            DpsId,
            Engagement,
            Requests.LeadAuthorityId,
            "DWP-20260042",
            ["Long-term unemployed", "Care leavers"],
            new ClosedCompetitionHome("M1 1AE", 53.4794, -2.2453),
            Requests.SchemeToday().AddDays(30),
            26,
            40,
            new ClosedCompetitionWeights(Price: 50, Needs: 10, Features: 5, Location: 5, CoreCompetency: 10, Outcomes: 20),
            DateTimeOffset.UtcNow));
        return (referralId, offers);
    }

    private async Task DefineFundingModelAsync()
    {
        var defined = await (await AsManagerAsync()).PostAsJsonAsync("/api/v1/funding-models", OfferRequests.NewFundingModel(DpsId, categoryId: Engagement));
        Assert.That(defined.StatusCode, Is.EqualTo(HttpStatusCode.Created), await defined.Content.ReadAsStringAsync());
    }

    private static string Path(Guid matching) => $"/api/v1/referrals/{matching}/offer-matches";

    private static async Task FitScoreAsync(HttpClient buyer, Guid matching, Guid offerId, decimal each)
    {
        var scored = await buyer.PostAsJsonAsync(
            $"{Path(matching)}/{offerId}/fit-score",
            new { overallFit = each, movesClaimantsCloserToWork = each, performanceExpectations = each, performanceManagement = each });
        Assert.That(scored.StatusCode, Is.EqualTo(HttpStatusCode.OK), await scored.Content.ReadAsStringAsync());
    }

    private static async Task<JsonObject> ReadAsync(HttpClient reader, Guid matching)
    {
        var read = await reader.GetAsync(Path(matching));
        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK), await read.Content.ReadAsStringAsync());
        return await read.JsonAsync();
    }

    private static List<string> Names(JsonObject matching, Dictionary<string, Offered> offers) =>
        [.. matching["offers"]!.AsArray().Select(o => offers.Single(x => x.Value.Offer == o!["offerId"]!.GetValue<Guid>()).Key)];
}
