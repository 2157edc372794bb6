using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Catalogue;

/// <summary>Valid offer and funding-model bodies, and the calls the catalogue tests start from.</summary>
public static class OfferRequests
{
    public static JsonObject NewOffer(
        Guid dpsId,
        Guid categoryId,
        string programme = "Routes to Work",
        string description = "Weekly one-to-one coaching and group workshops.",
        decimal price = 450m) =>
        JsonSerializer.SerializeToNode(new
        {
            dpsId,
            categoryId,
            programmeName = programme,
            description,
            clientGroups = new[] { "Long-term unemployed", "Care leavers" },
            deliveryLocations = new[] { new { name = "Manchester Central", postcode = "M1 1AE", latitude = 53.4794, longitude = -2.2453 } },
            expectedOutcomes = "Participants move into work or training.",
            expectedJobOutcomePercentage = 35m,
            pricePerParticipant = new { amount = price, currency = "GBP" },
            capacity = 40,
        })!.AsObject();

    /// <summary>The body of a revision: an offer body without its DPS and category.</summary>
    public static JsonObject Revision(JsonObject offer)
    {
        var body = offer.DeepClone().AsObject();
        body.Remove("dpsId");
        body.Remove("categoryId");
        return body;
    }

    public static async Task<JsonObject> SubmitOfferAsync(this HttpClient supplier, JsonObject body)
    {
        var response = await supplier.PostAsJsonAsync("/api/v1/offers", body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    public static JsonObject NewFundingModel(Guid dpsId, Guid? categoryId = null, string? routeway = null, int atStart = 20, int atCompletion = 30, int onJobOutcome = 50) =>
        JsonSerializer.SerializeToNode(new
        {
            dpsId,
            categoryId,
            routeway,
            shares = new { atStart, atCompletion, onJobOutcome },
        })!.AsObject();
}
