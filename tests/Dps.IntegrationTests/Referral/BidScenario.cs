using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dps.IntegrationTests.Catalogue;
using Dps.IntegrationTests.Infrastructure;
using Dps.IntegrationTests.Qualification;

namespace Dps.IntegrationTests.Referral;

/// <summary>
/// The referral scenario with a published SEN referral (10-mile limit, deadline in 11 days) that invited the
/// establishments admitted before it, each qualified with PREMISES 1200 and STAFFING 1500 GBP and a 5% cohort discount.
/// </summary>
public sealed class BidScenario
{
    public const string MethodStatement = "Weekly key-worker sessions, termly reviews against each outcome.";

    private BidScenario(ReferralScenario referrals, JsonObject referral, IReadOnlyList<Listed> invited, Listed outside)
    {
        Referrals = referrals;
        Referral = referral;
        Invited = invited;
        Outside = outside;
    }

    public ReferralScenario Referrals { get; }

    public JsonObject Referral { get; }

    public Guid ReferralId => Referral.Id();

    /// <summary>Two establishments inside the limit, of two suppliers.</summary>
    public IReadOnlyList<Listed> Invited { get; }

    /// <summary>A member of the category outside the limit: not invited.</summary>
    public Listed Outside { get; }

    public HttpClient Buyer => Referrals.Buyer;

    public HttpClient Manager => Referrals.Manager;

    public static async Task<BidScenario> StartAsync(DpsApiFactory api, int? groupSize = null)
    {
        var referrals = await ReferralScenario.StartAsync(api);
        var first = await referrals.AdmitAsync("Near School", 3);
        var second = await referrals.AdmitAsync("Second School", 6);
        var outside = await referrals.AdmitAsync("Far School", 30);
        var body = referrals.Body();
        body["groupSize"] = groupSize;
        var referral = await referrals.PublishAsync(await referrals.RaiseAsync(body));
        Assert.That(referral["invitedCount"]!.GetValue<int>(), Is.EqualTo(2));
        return new BidScenario(referrals, referral, [first, second], outside);
    }

    public static object Offer(decimal premises = 1200m, decimal staffing = 1500m, decimal variable = 250.50m) => new
    {
        coreCosts = new[] { new { lineCode = "PREMISES", amount = premises }, new { lineCode = "STAFFING", amount = staffing } },
        variableCosts = new[] { new { description = "1:1 speech and language therapy", amount = variable } },
        needsMet = new[] { "ASD", "slt" },
        featuresMet = new[] { "HALAL" },
        methodStatement = MethodStatement,
        proposedStartDate = Requests.SchemeToday().AddDays(30).ToString("yyyy-MM-dd"),
    };

    public static Task<HttpResponseMessage> TryBidAsync(Guid referralId, Listed bidder, object? offer = null) =>
        bidder.Supplier.PostAsJsonAsync($"/api/v1/referrals/{referralId}/bids", new { establishmentId = bidder.EstablishmentId, offer = offer ?? Offer() });

    public Task<HttpResponseMessage> TryBidAsync(Listed bidder, object? offer = null) => TryBidAsync(ReferralId, bidder, offer);

    public async Task<JsonObject> BidAsync(Listed bidder, object? offer = null)
    {
        var bid = await TryBidAsync(bidder, offer);
        Assert.That(bid.StatusCode, Is.EqualTo(HttpStatusCode.Created), await bid.Content.ReadAsStringAsync());
        return await bid.JsonAsync();
    }

    public static Task<HttpResponseMessage> ReviseAsync(Listed bidder, JsonObject bid, object offer, string? ifMatch) =>
        bidder.Supplier.SendAsync(SupplierRequests.Put($"/api/v1/bids/{bid.Id()}", offer, ifMatch));

    public async Task<JsonObject> BidsAsync(HttpClient reader)
    {
        var listed = await reader.GetAsync($"/api/v1/referrals/{ReferralId}/bids");
        Assert.That(listed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await listed.Content.ReadAsStringAsync());
        return await listed.JsonAsync();
    }

    public static async Task AssertRuleAsync(HttpResponseMessage response, HttpStatusCode status, string rule)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), body);
        Assert.That(JsonNode.Parse(body)!["rule"]?.GetValue<string>(), Is.EqualTo(rule), body);
    }
}
