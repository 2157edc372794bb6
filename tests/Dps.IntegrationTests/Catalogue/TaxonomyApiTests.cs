using System.Net;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Infrastructure;
using Dps.IntegrationTests.Qualification;

namespace Dps.IntegrationTests.Catalogue;

public sealed class TaxonomyApiTests : ApiTest
{
    [Test]
    public async Task Each_change_is_a_new_revision_and_earlier_revisions_keep_their_marks()
    {
        var scenario = await CatalogueScenario.StartAsync(Api);
        var second = await scenario.TaxonomyAsync();

        var third = await scenario.SetTaxonomyAsync(CatalogueScenario.SenTaxonomy(autismMark: 25m), second.ETag());
        Assert.That(third.StatusCode, Is.EqualTo(HttpStatusCode.OK), await third.Content.ReadAsStringAsync());

        var current = await (await scenario.Buyer.GetAsync(scenario.TaxonomyPath)).JsonAsync();
        var atTwo = await (await scenario.Buyer.GetAsync($"{scenario.TaxonomyPath}?revision=2")).JsonAsync();
        var atOne = await (await scenario.Buyer.GetAsync($"{scenario.TaxonomyPath}?revision=1")).JsonAsync();
        var missing = await scenario.Buyer.GetAsync($"{scenario.TaxonomyPath}?revision=4");
        Assert.Multiple(() =>
        {
            Assert.That(second["revision"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(current["revision"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(current["needs"]![0]!["defaultMark"]!.GetValue<decimal>(), Is.EqualTo(25m));
            Assert.That(atTwo["revision"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(atTwo["currentRevision"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(atTwo["needs"]![0]!["defaultMark"]!.GetValue<decimal>(), Is.EqualTo(10m));
            Assert.That(atTwo["features"]!.AsArray(), Has.Count.EqualTo(3));
            Assert.That(atOne["needs"]!.AsArray(), Is.Empty);
            Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [Test]
    public async Task A_stale_version_is_refused()
    {
        var scenario = await CatalogueScenario.StartAsync(Api);
        var read = await scenario.TaxonomyAsync();
        (await scenario.SetTaxonomyAsync(CatalogueScenario.SenTaxonomy(11m), read.ETag())).EnsureSuccessStatusCode();

        var stale = await scenario.SetTaxonomyAsync(CatalogueScenario.SenTaxonomy(12m), read.ETag());

        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
    }

    [Test]
    public async Task Codes_repeated_in_another_case_are_refused_by_rule()
    {
        var scenario = await CatalogueScenario.StartAsync(Api);
        var body = new
        {
            needs = new[] { new { code = "ASD", name = "Autism", defaultMark = 1m }, new { code = "asd", name = "Autism again", defaultMark = 1m } },
            features = Array.Empty<object>(),
        };

        var response = await scenario.SetTaxonomyAsync(body, null);

        Assert.That(response.StatusCode, Is.EqualTo((HttpStatusCode)422));
        Assert.That((await response.JsonAsync()).Text("rule"), Is.EqualTo("TaxonomyCodesMustBeUnique"));
    }

    [Test]
    public async Task Negative_marks_are_refused_by_rule()
    {
        var scenario = await CatalogueScenario.StartAsync(Api);
        var body = new { needs = Array.Empty<object>(), features = new[] { new { code = "HALAL", name = "Halal diet", defaultMark = -1m } } };

        var response = await scenario.SetTaxonomyAsync(body, null);

        Assert.That(response.StatusCode, Is.EqualTo((HttpStatusCode)422));
        Assert.That((await response.JsonAsync()).Text("rule"), Is.EqualTo("TaxonomyMarksMustBeNonNegative"));
    }

    [Test]
    public async Task Only_the_manager_changes_a_taxonomy()
    {
        var scenario = await CatalogueScenario.StartAsync(Api);
        var buyer = await AsAsync(DpsRoles.Buyer, authorityId: Requests.LeadAuthorityId);

        var response = await buyer.SendAsync(SupplierRequests.Put(scenario.TaxonomyPath, CatalogueScenario.SenTaxonomy(), null));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
