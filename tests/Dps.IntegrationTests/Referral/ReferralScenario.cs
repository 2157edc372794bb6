using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dps.IntegrationTests.Catalogue;
using Dps.IntegrationTests.Infrastructure;
using Dps.IntegrationTests.Qualification;

namespace Dps.IntegrationTests.Referral;

/// <summary>
/// The Catalogue scenario (a DPS with SEN and Residential care, the SEN taxonomy, establishments admitted at chosen
/// places) plus referrals raised by the lead authority's buyer around a home at <see cref="Lat"/>, <see cref="Lon"/>.
/// </summary>
public sealed class ReferralScenario
{
    public const double Lat = 52.0;
    public const double Lon = 0.0;

    private ReferralScenario(CatalogueScenario catalogue) => Catalogue = catalogue;

    public CatalogueScenario Catalogue { get; }

    public HttpClient Buyer => Catalogue.Buyer;

    public HttpClient Manager => Catalogue.Manager;

    public Guid Sen => Catalogue.Sen;

    public static async Task<ReferralScenario> StartAsync(DpsApiFactory api) => new(await CatalogueScenario.StartAsync(api));

    /// <summary>A point due north of the home, <paramref name="miles"/> away on the search's sphere.</summary>
    public static double North(double miles) => Lat + (miles / CatalogueScenario.MilesPerDegree);

    public Task<Listed> AdmitAsync(string name, double milesNorth, Guid? categoryId = null) =>
        Catalogue.AdmitAsync(name, North(milesNorth), Lon, categoryId: categoryId);

    public async Task SuspendAsync(Listed listed)
    {
        var suspended = await Manager.PostAsJsonAsync(
            $"/api/v1/memberships/{listed.MembershipId}/suspend", new { failedCriteria = new[] { QualificationScenario.PassFailOne }, reason = "Insurance lapsed" });
        Assert.That(suspended.StatusCode, Is.EqualTo(HttpStatusCode.OK), await suspended.Content.ReadAsStringAsync());
    }

    /// <summary>A valid referral body in SEN: ASD a must-have, SLT desirable, HALAL desired; a 10-mile limit; deadline in 11 days.</summary>
    public JsonObject Body(double limitMiles = 10, TimeSpan? deadlineIn = null) => JsonNode.Parse($$"""
        {
          "categoryId": "{{Sen}}",
          "serviceUserReference": "WSCC-20260001",
          "requiredNeeds": [ { "code": "ASD", "priority": "MustHave", "mark": null }, { "code": "slt", "priority": "Desirable", "mark": 8 } ],
          "desiredFeatures": [ { "code": "HALAL", "mark": null } ],
          "desiredOutcomes": "Back in full-time education within two terms.",
          "home": { "postcode": "RH12 1XX", "latitude": {{Lat}}, "longitude": {{Lon}} },
          "geographicLimitMiles": {{FormattableString.Invariant($"{limitMiles}")}},
          "startDate": "{{Requests.SchemeToday().AddDays(30):yyyy-MM-dd}}",
          "termWeeks": 39,
          "priceBasis": "Week",
          "groupSize": null,
          "places": null,
          "responseDeadline": "{{DateTimeOffset.UtcNow.Add(deadlineIn ?? TimeSpan.FromDays(11)):O}}",
          "weights": null
        }
        """)!.AsObject();

    public async Task<JsonObject> RaiseAsync(JsonObject? body = null)
    {
        var raised = await Buyer.PostAsJsonAsync("/api/v1/referrals", body ?? Body());
        Assert.That(raised.StatusCode, Is.EqualTo(HttpStatusCode.Created), await raised.Content.ReadAsStringAsync());
        return await raised.JsonAsync();
    }

    public async Task<JsonObject> PublishAsync(JsonObject referral)
    {
        var published = await Buyer.PostAsync($"/api/v1/referrals/{referral.Id()}/publish", null);
        Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.OK), await published.Content.ReadAsStringAsync());
        return await published.JsonAsync();
    }

    public async Task<JsonArray> InvitationsAsync(HttpClient reader, Guid referralId, string query = "")
    {
        var listed = await reader.GetAsync($"/api/v1/referrals/{referralId}/invitations?pageSize=200{query}");
        Assert.That(listed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await listed.Content.ReadAsStringAsync());
        return (await listed.JsonAsync())["items"]!.AsArray();
    }

    public static IEnumerable<string> Names(JsonArray items) => items.Select(i => i!["establishmentName"]!.GetValue<string>());
}
