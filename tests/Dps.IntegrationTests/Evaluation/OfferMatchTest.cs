using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dps.IntegrationTests.Catalogue;
using Dps.IntegrationTests.Infrastructure;
using Dps.Referral.IntegrationEvents;

namespace Dps.IntegrationTests.Evaluation;

/// <summary>
/// Offer matching's fixture. Three suppliers active in Engagement offer: "Near and dear" £450 for both client groups in
/// Manchester; "Cheap" £300 for lone parents only in Manchester; "Far" £500 for both groups in London. The business
/// case is in Manchester, for the long-term unemployed and care leavers, weights 50/50.
/// </summary>
public abstract class OfferMatchTest : OfferApiTest
{
    protected sealed record Offered(Guid Offer, Guid SupplierId, HttpClient Supplier);

    /// <summary>The three offers, submitted now, and a business case matched against the category's offers (of this test and any before it).</summary>
    protected async Task<(Guid Matching, Dictionary<string, Offered> Offers)> MatchAsync(bool fundingModel = false)
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

    protected static string Path(Guid matching) => $"/api/v1/referrals/{matching}/offer-matches";

    protected static async Task FitScoreAsync(HttpClient buyer, Guid matching, Guid offerId, decimal each)
    {
        var scored = await buyer.PostAsJsonAsync(
            $"{Path(matching)}/{offerId}/fit-score",
            new { overallFit = each, movesClaimantsCloserToWork = each, performanceExpectations = each, performanceManagement = each });
        Assert.That(scored.StatusCode, Is.EqualTo(HttpStatusCode.OK), await scored.Content.ReadAsStringAsync());
    }

    protected static async Task<JsonObject> ReadAsync(HttpClient reader, Guid matching)
    {
        var read = await reader.GetAsync(Path(matching));
        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK), await read.Content.ReadAsStringAsync());
        return await read.JsonAsync();
    }

    protected static List<string> Names(JsonObject matching, Dictionary<string, Offered> offers) =>
        [.. matching["offers"]!.AsArray().Select(o => offers.Single(x => x.Value.Offer == o!["offerId"]!.GetValue<Guid>()).Key)];
}
