using System.Net;
using System.Net.Http.Json;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Qualification;

public sealed class CriteriaApiTests : ApiTest
{
    [Test]
    public async Task A_new_category_asks_for_the_nine_sen_core_cost_lines_by_default()
    {
        var manager = await AsManagerAsync();
        var dps = await manager.CreateDpsAsync();
        var category = await manager.AddCategoryAsync(dps.Id(), "SEN");

        var criteria = await (await manager.GetAsync(CriteriaPath(dps.Id(), category.Id()))).JsonAsync();

        Assert.That(criteria["coreCostLines"]!.AsArray(), Has.Count.EqualTo(9));
        Assert.That(criteria["coreCostLines"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("ASSESS"));
    }

    [Test]
    public async Task The_manager_sets_criteria_and_a_supplier_reads_them()
    {
        var manager = await AsManagerAsync();
        var dps = await manager.CreateDpsAsync();
        var category = await manager.AddCategoryAsync(dps.Id(), "SEN");
        var path = CriteriaPath(dps.Id(), category.Id());

        var set = await manager.SendAsync(Put(path, Criteria(40, 60), $"\"{category["version"]}\""));
        var read = await (await AsAsync(DpsRoles.Supplier, supplierId: Guid.NewGuid())).GetAsync(path);

        Assert.That(set.StatusCode, Is.EqualTo(HttpStatusCode.OK), await set.Content.ReadAsStringAsync());
        var criteria = await read.JsonAsync();
        Assert.That(criteria["methodStatements"]!.AsArray().Select(m => m!["weight"]!.GetValue<int>()), Is.EqualTo(new[] { 40, 60 }));
        Assert.That(criteria["affordabilityCap"]!["amount"]!.GetValue<decimal>(), Is.EqualTo(3000m));
        Assert.That(read.Headers.ETag!.Tag, Is.EqualTo(set.Headers.ETag!.Tag));
    }

    [Test]
    public async Task Weights_that_do_not_sum_to_100_are_a_422_naming_the_rule()
    {
        var manager = await AsManagerAsync();
        var dps = await manager.CreateDpsAsync();
        var category = await manager.AddCategoryAsync(dps.Id(), "SEN");

        var response = await manager.PutAsJsonAsync(CriteriaPath(dps.Id(), category.Id()), Criteria(40, 50));

        Assert.That(response.StatusCode, Is.EqualTo((HttpStatusCode)422));
        Assert.That((await response.JsonAsync())["rule"]!.GetValue<string>(), Is.EqualTo("MethodStatementWeightsMustSumTo100"));
    }

    [Test]
    public async Task A_negative_cap_and_a_weight_of_zero_are_refused_by_field()
    {
        var manager = await AsManagerAsync();
        var dps = await manager.CreateDpsAsync();
        var category = await manager.AddCategoryAsync(dps.Id(), "SEN");
        var body = Criteria(0, 100, cap: -1m);

        var response = await manager.PutAsJsonAsync(CriteriaPath(dps.Id(), category.Id()), body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ValidationErrorsAsync()).Keys, Is.SupersetOf(new[] { "methodStatements[0].weight", "affordabilityCap.amount" }));
    }

    [Test]
    public async Task A_stale_version_is_a_412()
    {
        var manager = await AsManagerAsync();
        var dps = await manager.CreateDpsAsync();
        var category = await manager.AddCategoryAsync(dps.Id(), "SEN");
        var path = CriteriaPath(dps.Id(), category.Id());
        var tag = $"\"{category["version"]}\"";
        (await manager.SendAsync(Put(path, Criteria(50, 50), tag))).EnsureSuccessStatusCode();

        var response = await manager.SendAsync(Put(path, Criteria(30, 70), tag));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
    }

    [Test]
    public async Task Only_the_manager_sets_criteria()
    {
        var manager = await AsManagerAsync();
        var dps = await manager.CreateDpsAsync();
        var category = await manager.AddCategoryAsync(dps.Id(), "SEN");
        var buyer = await AsAsync(DpsRoles.Buyer, authorityId: Requests.LeadAuthorityId);

        var response = await buyer.PutAsJsonAsync(CriteriaPath(dps.Id(), category.Id()), Criteria(50, 50));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    private static string CriteriaPath(Guid dpsId, Guid categoryId) => $"/api/v1/dps/{dpsId}/categories/{categoryId}/criteria";

    private static object Criteria(int firstWeight, int secondWeight, decimal cap = 3000m) => new
    {
        passFailCriteria = new[]
        {
            new { code = "PF1", title = "No mandatory exclusions apply", guidance = (string?)null },
            new { code = "PF2", title = "Ofsted rating of Requires improvement or better", guidance = (string?)"Latest inspection report" },
        },
        methodStatements = new[]
        {
            new { code = "MS1", title = "Workforce", weight = firstWeight },
            new { code = "MS2", title = "Working to the outcomes framework", weight = secondWeight },
        },
        insuranceRequirements = new[] { new { kind = "Employer's liability", minimumCover = new { amount = 5_000_000m, currency = "GBP" } } },
        coreCostLines = new[] { new { code = "PREMISES", name = "Premises" }, new { code = "STAFFING", name = "Core staffing" } },
        affordabilityCap = new { amount = cap, currency = "GBP" },
    };

    private static HttpRequestMessage Put(string path, object body, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }
}
