using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Infrastructure;
using Dps.IntegrationTests.Qualification;

namespace Dps.IntegrationTests.Catalogue;

/// <summary>One admitted establishment of the scenario's SEN category, as the Catalogue lists it.</summary>
public sealed record Listed(Guid EstablishmentId, Guid MembershipId, Guid SupplierId, HttpClient Supplier);

/// <summary>
/// The Qualification scenario (a DPS with SEN and Residential care) plus: the SEN taxonomy set, and establishments
/// admitted to SEN at chosen places through Qualification's API, waited for until the Catalogue lists them.
/// </summary>
public sealed class CatalogueScenario
{
    /// <summary>Miles per degree of latitude on the search's sphere (radius 3958.8 miles).</summary>
    public static readonly double MilesPerDegree = 3958.8 * Math.PI / 180;

    private readonly DpsApiFactory _api;

    private CatalogueScenario(DpsApiFactory api, QualificationScenario qualification, HttpClient buyer)
    {
        _api = api;
        Qualification = qualification;
        Buyer = buyer;
    }

    public QualificationScenario Qualification { get; }

    public HttpClient Manager => Qualification.Manager;

    public HttpClient Buyer { get; }

    public Guid DpsId => Qualification.DpsId;

    public Guid Sen => Qualification.Sen;

    public static async Task<CatalogueScenario> StartAsync(DpsApiFactory api)
    {
        var qualification = await QualificationScenario.StartAsync(api);
        var buyer = await api.ClientAsAsync(DpsRoles.Buyer, authorityId: Requests.LeadAuthorityId);
        var scenario = new CatalogueScenario(api, qualification, buyer);
        await scenario.SetSenTaxonomyAsync();
        await buyer.UntilItSeesAsync(scenario.DpsId);
        return scenario;
    }

    public string TaxonomyPath => $"/api/v1/dps/{DpsId}/categories/{Sen}/taxonomy";

    public async Task<JsonObject> TaxonomyAsync()
    {
        var taxonomy = await Eventually.Until(() => Manager.GetAsync(TaxonomyPath), r => r.StatusCode == HttpStatusCode.OK, "the SEN taxonomy");
        return await taxonomy.JsonAsync();
    }

    /// <summary>Needs ASD, SLT, SEMH; features HALAL, CY, EQUINE.</summary>
    public static object SenTaxonomy(decimal autismMark = 10m) => new
    {
        needs = new[]
        {
            new { code = "ASD", name = "Autism spectrum disorder", defaultMark = autismMark },
            new { code = "SLT", name = "Speech and language therapy", defaultMark = 5m },
            new { code = "SEMH", name = "Social, emotional and mental health", defaultMark = 5m },
        },
        features = new[]
        {
            new { code = "HALAL", name = "Halal diet", defaultMark = 2m },
            new { code = "CY", name = "Welsh speaking", defaultMark = 1m },
            new { code = "EQUINE", name = "Equine therapy", defaultMark = 0m },
        },
    };

    public async Task<HttpResponseMessage> SetTaxonomyAsync(object body, string? ifMatch) =>
        await Manager.SendAsync(SupplierRequests.Put(TaxonomyPath, body, ifMatch));

    /// <summary>An establishment of a new supplier, admitted to SEN (or another category) at a place, once the Catalogue lists it.</summary>
    public async Task<Listed> AdmitAsync(string name, double latitude, double longitude, int capacity = 10, Guid? categoryId = null)
    {
        var category = categoryId ?? Sen;
        var supplierId = Guid.NewGuid();
        var supplier = await _api.ClientAsAsync(DpsRoles.Supplier, supplierId: supplierId);
        await supplier.RegisterSupplierAsync($"{name} Ltd");
        var body = SupplierRequests.NewEstablishmentJson();
        body["name"] = name;
        body["latitude"] = latitude;
        body["longitude"] = longitude;
        body["capacity"] = capacity;
        var added = await supplier.PostAsJsonAsync($"/api/v1/suppliers/{supplierId}/establishments", body);
        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Created), await added.Content.ReadAsStringAsync());
        var establishmentId = (await added.JsonAsync()).Id();

        var draft = await supplier.PostAsJsonAsync(
            "/api/v1/applications", new { establishmentId, dpsId = DpsId, categories = new[] { QualificationScenario.CategoryInput(category) } });
        Assert.That(draft.StatusCode, Is.EqualTo(HttpStatusCode.Created), await draft.Content.ReadAsStringAsync());
        var applicationId = (await draft.JsonAsync()).Id();
        (await supplier.PostAsync($"/api/v1/applications/{applicationId}/submit", null)).EnsureSuccessStatusCode();
        (await Qualification.EvaluateAsync(applicationId, category)).EnsureSuccessStatusCode();
        (await Manager.PostAsync($"/api/v1/applications/{applicationId}/decision", null)).EnsureSuccessStatusCode();
        var memberships = await (await Manager.GetAsync($"/api/v1/memberships?establishmentId={establishmentId}")).JsonAsync();
        var membershipId = memberships["items"]!.AsArray().Single()!.AsObject().Id();

        await Eventually.Until(
            () => supplier.GetAsync(ProfilePath(establishmentId)), r => r.StatusCode == HttpStatusCode.OK, $"{name} to be listed");
        return new Listed(establishmentId, membershipId, supplierId, supplier);
    }

    public static string ProfilePath(Guid establishmentId) => $"/api/v1/establishments/{establishmentId}/profile";

    public static Task<HttpResponseMessage> SetProfileAsync(Listed listed, Guid categoryId, string[] needs, string[] features, int vacancies = 1) =>
        listed.Supplier.SendAsync(SupplierRequests.Put(
            ProfilePath(listed.EstablishmentId), new { categories = new[] { new { categoryId, needs, features, vacancies } } }, null));

    public string SearchPath(double latitude, double longitude, double radiusMiles, string extra = "") =>
        FormattableString.Invariant($"/api/v1/catalogue/establishments?categoryId={Sen}&lat={latitude}&lon={longitude}&radiusMiles={radiusMiles}{extra}");

    /// <summary>The names found, in order.</summary>
    public async Task<List<string>> SearchNamesAsync(double latitude, double longitude, double radiusMiles, string extra = "") =>
        [.. (await SearchAsync(latitude, longitude, radiusMiles, extra))["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>())];

    public async Task<JsonObject> SearchAsync(double latitude, double longitude, double radiusMiles, string extra = "")
    {
        var response = await Buyer.GetAsync(SearchPath(latitude, longitude, radiusMiles, extra));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    private async Task SetSenTaxonomyAsync()
    {
        var current = await TaxonomyAsync();
        var set = await SetTaxonomyAsync(SenTaxonomy(), SupplierRequests.ETag(current));
        Assert.That(set.StatusCode, Is.EqualTo(HttpStatusCode.OK), await set.Content.ReadAsStringAsync());
    }
}
