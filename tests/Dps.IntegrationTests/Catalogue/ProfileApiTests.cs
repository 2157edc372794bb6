using System.Net;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Infrastructure;
using Dps.IntegrationTests.Qualification;

namespace Dps.IntegrationTests.Catalogue;

public sealed class ProfileApiTests : ApiTest
{
    [Test]
    public async Task A_supplier_describes_its_establishment_and_the_manager_reads_it()
    {
        var scenario = await CatalogueScenario.StartAsync(Api);
        var listed = await scenario.AdmitAsync("Oakfield School", 51.06, -0.33, capacity: 12);

        var set = await CatalogueScenario.SetProfileAsync(listed, scenario.Sen, ["slt", "ASD"], ["HALAL"], vacancies: 4);
        Assert.That(set.StatusCode, Is.EqualTo(HttpStatusCode.OK), await set.Content.ReadAsStringAsync());

        var profile = await (await scenario.Manager.GetAsync(CatalogueScenario.ProfilePath(listed.EstablishmentId))).JsonAsync();
        var sen = profile["categories"]!.AsArray().Single()!;
        Assert.Multiple(() =>
        {
            Assert.That(profile.Text("name"), Is.EqualTo("Oakfield School"));
            Assert.That(profile["supplierId"]!.GetValue<Guid>(), Is.EqualTo(listed.SupplierId));
            Assert.That(sen["categoryId"]!.GetValue<Guid>(), Is.EqualTo(scenario.Sen));
            Assert.That(sen["categoryName"]!.GetValue<string>(), Is.EqualTo("SEN"));
            Assert.That(sen["status"]!.GetValue<string>(), Is.EqualTo("Active"));
            Assert.That(sen["needs"]!.AsArray().Select(n => n!.GetValue<string>()), Is.EqualTo(new[] { "ASD", "SLT" }));
            Assert.That(sen["features"]!.AsArray().Select(n => n!.GetValue<string>()), Is.EqualTo(new[] { "HALAL" }));
            Assert.That(sen["vacancies"]!.GetValue<int>(), Is.EqualTo(4));
            Assert.That(sen["capacity"]!.GetValue<int>(), Is.EqualTo(12));
            Assert.That(sen["score"]!.GetValue<decimal>(), Is.EqualTo(68m));
        });
    }

    [Test]
    public async Task Unknown_codes_are_a_400_on_the_fields_that_name_them_and_change_nothing()
    {
        var scenario = await CatalogueScenario.StartAsync(Api);
        var listed = await scenario.AdmitAsync("Oakfield School", 51.06, -0.33);

        var response = await CatalogueScenario.SetProfileAsync(listed, scenario.Sen, ["ASD", "DYSLEXIA"], ["KLINGON"]);

        var errors = await response.ValidationErrorsAsync();
        var profile = await (await listed.Supplier.GetAsync(CatalogueScenario.ProfilePath(listed.EstablishmentId))).JsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(errors.Keys, Is.EquivalentTo(new[] { "categories[0].needs[1]", "categories[0].features[0]" }));
            Assert.That(errors["categories[0].needs[1]"].Single(), Does.Contain("'DYSLEXIA' is not a need"));
            Assert.That(profile["categories"]![0]!["needs"]!.AsArray(), Is.Empty);
        });
    }

    [Test]
    public async Task Vacancies_beyond_the_capacity_are_refused()
    {
        var scenario = await CatalogueScenario.StartAsync(Api);
        var listed = await scenario.AdmitAsync("Oakfield School", 51.06, -0.33, capacity: 5);

        var response = await CatalogueScenario.SetProfileAsync(listed, scenario.Sen, [], [], vacancies: 6);

        Assert.That(response.StatusCode, Is.EqualTo((HttpStatusCode)422));
        Assert.That((await response.JsonAsync()).Text("rule"), Is.EqualTo("VacanciesMustBeWithinCapacity"));
    }

    [Test]
    public async Task Another_suppliers_profile_is_not_found()
    {
        var scenario = await CatalogueScenario.StartAsync(Api);
        var listed = await scenario.AdmitAsync("Oakfield School", 51.06, -0.33);
        var other = await AsAsync(DpsRoles.Supplier, supplierId: Guid.NewGuid());

        var read = await other.GetAsync(CatalogueScenario.ProfilePath(listed.EstablishmentId));
        var change = await other.SendAsync(SupplierRequests.Put(
            CatalogueScenario.ProfilePath(listed.EstablishmentId),
            new { categories = new[] { new { categoryId = scenario.Sen, needs = new[] { "ASD" }, features = Array.Empty<string>(), vacancies = 1 } } },
            null));

        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(change.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var unchanged = await (await listed.Supplier.GetAsync(CatalogueScenario.ProfilePath(listed.EstablishmentId))).JsonAsync();
        Assert.That(unchanged["categories"]![0]!["needs"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task A_category_the_establishment_is_not_listed_in_is_not_found()
    {
        var scenario = await CatalogueScenario.StartAsync(Api);
        var listed = await scenario.AdmitAsync("Oakfield School", 51.06, -0.33);

        var response = await CatalogueScenario.SetProfileAsync(listed, scenario.Qualification.Residential, [], []);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_buyer_may_not_read_a_profile()
    {
        var scenario = await CatalogueScenario.StartAsync(Api);
        var listed = await scenario.AdmitAsync("Oakfield School", 51.06, -0.33);

        var response = await scenario.Buyer.GetAsync(CatalogueScenario.ProfilePath(listed.EstablishmentId));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
