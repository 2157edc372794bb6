using System.Net;
using System.Net.Http.Json;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Catalogue;

public sealed class SearchApiTests : ApiTest
{
    private const double Lat = 52.0;
    private const double Lon = 0.0;

    [Test]
    public async Task Results_are_ordered_by_distance_then_name_and_the_radius_is_inclusive()
    {
        var scenario = await CatalogueScenario.StartAsync(Api);
        await scenario.AdmitAsync("Edge House", North(10.0), Lon);
        await scenario.AdmitAsync("Beyond House", North(10.01), Lon);
        await scenario.AdmitAsync("Birch School", Lat, Lon + 0.05);
        await scenario.AdmitAsync("Alder School", Lat, Lon - 0.05);
        await scenario.AdmitAsync("Near Lodge", North(1), Lon);

        var found = await scenario.SearchAsync(Lat, Lon, 10);

        var items = found["items"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(items.Select(i => i!["name"]!.GetValue<string>()), Is.EqualTo(new[] { "Near Lodge", "Alder School", "Birch School", "Edge House" }));
            Assert.That(items.Select(i => i!["distanceMiles"]!.GetValue<double>()), Is.EqualTo(new[] { 1.0, 2.13, 2.13, 10.0 }));
            Assert.That(found["total"]!.GetValue<int>(), Is.EqualTo(4));
            Assert.That(items[0]!["score"]!.GetValue<decimal>(), Is.EqualTo(68m));
        });
        Assert.That(await scenario.SearchNamesAsync(Lat, Lon, 10.02), Does.Contain("Beyond House"));
        Assert.That(await scenario.SearchNamesAsync(Lat, Lon, 1.5), Is.EqualTo(new[] { "Near Lodge" }));
        Assert.That(await scenario.SearchNamesAsync(Lat, Lon, 10, "&q=SCHOOL"), Is.EqualTo(new[] { "Alder School", "Birch School" }));
        Assert.That(await scenario.SearchNamesAsync(Lat, Lon, 10, "&page=2&pageSize=3"), Is.EqualTo(new[] { "Edge House" }));
    }

    [Test]
    public async Task Needs_must_all_be_met_and_any_feature_will_do()
    {
        var scenario = await CatalogueScenario.StartAsync(Api);
        var both = await scenario.AdmitAsync("Both Needs", North(1), Lon);
        var one = await scenario.AdmitAsync("One Need", North(2), Lon);
        var welsh = await scenario.AdmitAsync("Welsh Only", North(3), Lon);
        (await CatalogueScenario.SetProfileAsync(both, scenario.Sen, ["ASD", "SLT"], ["HALAL"])).EnsureSuccessStatusCode();
        (await CatalogueScenario.SetProfileAsync(one, scenario.Sen, ["ASD"], ["CY", "HALAL"])).EnsureSuccessStatusCode();
        (await CatalogueScenario.SetProfileAsync(welsh, scenario.Sen, ["SLT"], ["CY"])).EnsureSuccessStatusCode();

        var allNeeds = await scenario.SearchAsync(Lat, Lon, 20, "&needs=ASD,slt");
        var anyFeature = await scenario.SearchNamesAsync(Lat, Lon, 20, "&features=CY,EQUINE");
        var combined = await scenario.SearchNamesAsync(Lat, Lon, 20, "&needs=ASD&features=HALAL,EQUINE");
        var none = await scenario.SearchNamesAsync(Lat, Lon, 20, "&needs=SEMH");

        var match = allNeeds["items"]!.AsArray().Single()!;
        Assert.Multiple(() =>
        {
            Assert.That(match["name"]!.GetValue<string>(), Is.EqualTo("Both Needs"));
            Assert.That(match["needsMet"]!.AsArray().Select(n => n!.GetValue<string>()), Is.EqualTo(new[] { "ASD", "SLT" }));
            Assert.That(anyFeature, Is.EqualTo(new[] { "One Need", "Welsh Only" }));
            Assert.That(combined, Is.EqualTo(new[] { "Both Needs", "One Need" }));
            Assert.That(none, Is.Empty);
        });
        var offered = (await scenario.SearchAsync(Lat, Lon, 20, "&features=CY,HALAL"))["items"]!.AsArray()
            .ToDictionary(i => i!["name"]!.GetValue<string>(), i => i!["featuresOffered"]!.AsArray().Select(f => f!.GetValue<string>()).ToArray());
        Assert.That(offered["One Need"], Is.EqualTo(new[] { "CY", "HALAL" }));
        Assert.That(offered["Welsh Only"], Is.EqualTo(new[] { "CY" }));
    }

    [Test]
    public async Task A_suspended_member_vanishes_from_search_and_returns_when_reinstated()
    {
        var scenario = await CatalogueScenario.StartAsync(Api);
        var listed = await scenario.AdmitAsync("Oakfield School", North(1), Lon);
        var membership = $"/api/v1/memberships/{listed.MembershipId}";

        (await scenario.Manager.PostAsJsonAsync($"{membership}/suspend", new { failedCriteria = new[] { "PF1" }, reason = "Insurance lapsed" }))
            .EnsureSuccessStatusCode();
        await Eventually.Until(() => scenario.SearchNamesAsync(Lat, Lon, 5), names => names.Count == 0, "the suspended member to vanish");

        (await listed.Supplier.PostAsJsonAsync($"{membership}/reinstatement", new
        {
            answers = new[] { new { criterionCode = "PF1", response = "Renewed policy", evidenceReferences = Array.Empty<string>() } },
        })).EnsureSuccessStatusCode();
        (await scenario.Manager.PostAsJsonAsync($"{membership}/reinstatement/evaluation", new
        {
            decisions = new[] { new { criterionCode = "PF1", passed = true, note = "Certificate seen" } },
        })).EnsureSuccessStatusCode();
        var back = await Eventually.Until(() => scenario.SearchNamesAsync(Lat, Lon, 5), names => names.Count == 1, "the reinstated member to return");

        Assert.That(back, Is.EqualTo(new[] { "Oakfield School" }));
    }

    [Test]
    public async Task A_removed_member_leaves_search_and_a_score_change_is_shown()
    {
        var scenario = await CatalogueScenario.StartAsync(Api);
        var kept = await scenario.AdmitAsync("Kept School", North(1), Lon);
        var leaving = await scenario.AdmitAsync("Leaving School", North(2), Lon);

        (await scenario.Manager.PostAsJsonAsync($"/api/v1/memberships/{kept.MembershipId}/score-adjustments", new { adjustment = -8.5m, reason = "Review" }))
            .EnsureSuccessStatusCode();
        (await leaving.Supplier.PostAsJsonAsync($"/api/v1/memberships/{leaving.MembershipId}/removal", new { reason = "Closing" }))
            .EnsureSuccessStatusCode();

        var found = await Eventually.Until(
            () => scenario.SearchAsync(Lat, Lon, 5),
            page => page["items"]!.AsArray() is [var only] && only!["score"]!.GetValue<decimal>() == 59.5m,
            "the removal and the new score");
        Assert.That(found["items"]![0]!["name"]!.GetValue<string>(), Is.EqualTo("Kept School"));
    }

    [TestCase("lat=90.5&lon=0&radiusMiles=10", "lat")]
    [TestCase("lat=0&lon=-181&radiusMiles=10", "lon")]
    [TestCase("lat=0&lon=0&radiusMiles=0", "radiusMiles")]
    [TestCase("lat=0&lon=0&radiusMiles=501", "radiusMiles")]
    [TestCase("lat=0&lon=0", "radiusMiles")]
    public async Task Invalid_places_and_radii_are_refused(string query, string field)
    {
        var buyer = await AsAsync(DpsRoles.Buyer, authorityId: Requests.LeadAuthorityId);

        var response = await buyer.GetAsync($"/api/v1/catalogue/establishments?categoryId={Guid.NewGuid()}&{query}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ValidationErrorsAsync()).Keys, Does.Contain(field));
    }

    [Test]
    public async Task A_category_is_required()
    {
        var buyer = await AsAsync(DpsRoles.Buyer, authorityId: Requests.LeadAuthorityId);

        var response = await buyer.GetAsync("/api/v1/catalogue/establishments?lat=51&lon=0&radiusMiles=10");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ValidationErrorsAsync()).Keys, Does.Contain("categoryId"));
    }

    [Test]
    public async Task Suppliers_do_not_search()
    {
        var supplier = await AsAsync(DpsRoles.Supplier, supplierId: Guid.NewGuid());

        var response = await supplier.GetAsync($"/api/v1/catalogue/establishments?categoryId={Guid.NewGuid()}&lat=51&lon=0&radiusMiles=10");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    /// <summary>The latitude the given number of miles due north of the centre (south when negative).</summary>
    private static double North(double miles) => Lat + (miles / CatalogueScenario.MilesPerDegree);
}
