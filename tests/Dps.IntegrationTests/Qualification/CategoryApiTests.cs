using System.Net;
using System.Net.Http.Json;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Qualification;

public sealed class CategoryApiTests : ApiTest
{
    [Test]
    public async Task Adding_a_category_answers_201_and_the_catalogue_opens_its_taxonomy()
    {
        var manager = await AsManagerAsync();
        var dps = await manager.CreateDpsAsync();

        var response = await manager.PostAsJsonAsync($"/api/v1/dps/{dps.Id()}/categories", new { name = "SEN", description = "Special schools" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var category = await response.JsonAsync();
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/api/v1/dps/{dps.Id()}/categories/{category.Id()}"));
        var taxonomy = await Eventually.Until(
            () => manager.GetAsync($"/api/v1/dps/{dps.Id()}/categories/{category.Id()}/taxonomy"),
            r => r.StatusCode == HttpStatusCode.OK,
            "the Catalogue to open the category's taxonomy");
        var body = await taxonomy.JsonAsync();
        Assert.That(body["categoryName"]!.GetValue<string>(), Is.EqualTo("SEN"));
        Assert.That(body["revision"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(body["needs"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task A_category_name_already_used_in_the_dps_is_a_409_whatever_its_case()
    {
        var manager = await AsManagerAsync();
        var dps = await manager.CreateDpsAsync();
        await manager.AddCategoryAsync(dps.Id(), "Foster care");

        var response = await manager.PostAsJsonAsync($"/api/v1/dps/{dps.Id()}/categories", new { name = " FOSTER CARE " });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await response.JsonAsync())["rule"]!.GetValue<string>(), Is.EqualTo("CategoryNameMustBeUniqueWithinDps"));
    }

    [Test]
    public async Task The_same_name_may_be_used_in_another_dps()
    {
        var manager = await AsManagerAsync();
        await manager.AddCategoryAsync((await manager.CreateDpsAsync()).Id(), "Engagement");

        var response = await manager.PostAsJsonAsync($"/api/v1/dps/{(await manager.CreateDpsAsync()).Id()}/categories", new { name = "Engagement" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task A_category_of_an_unknown_dps_is_a_404()
    {
        var response = await (await AsManagerAsync()).PostAsJsonAsync($"/api/v1/dps/{Guid.NewGuid()}/categories", new { name = "SEN" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_blank_name_is_refused_by_field()
    {
        var manager = await AsManagerAsync();
        var dps = await manager.CreateDpsAsync();

        var response = await manager.PostAsJsonAsync($"/api/v1/dps/{dps.Id()}/categories", new { name = " ", description = new string('x', 2001) });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ValidationErrorsAsync()).Keys, Is.EquivalentTo(new[] { "name", "description" }));
    }

    [Test]
    public async Task A_supplier_cannot_add_a_category()
    {
        var dps = await (await AsManagerAsync()).CreateDpsAsync();
        var supplier = await AsAsync(DpsRoles.Supplier, supplierId: Guid.NewGuid());

        var response = await supplier.PostAsJsonAsync($"/api/v1/dps/{dps.Id()}/categories", new { name = "SEN" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Categories_are_listed_by_name_a_page_at_a_time()
    {
        var manager = await AsManagerAsync();
        var dps = await manager.CreateDpsAsync();
        foreach (var name in new[] { "Residential care", "Foster care", "SEN" })
        {
            await manager.AddCategoryAsync(dps.Id(), name);
        }

        var page = await (await manager.GetAsync($"/api/v1/dps/{dps.Id()}/categories?page=2&pageSize=2")).JsonAsync();

        Assert.That(page["total"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(page["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()), Is.EqualTo(new[] { "SEN" }));
    }

    [Test]
    public async Task A_category_is_not_found_under_another_dps()
    {
        var manager = await AsManagerAsync();
        var category = await manager.AddCategoryAsync((await manager.CreateDpsAsync()).Id(), "SEN");
        var otherDps = await manager.CreateDpsAsync();

        var response = await manager.GetAsync($"/api/v1/dps/{otherDps.Id()}/categories/{category.Id()}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Renaming_with_a_stale_version_is_a_412_and_with_the_current_one_succeeds()
    {
        var manager = await AsManagerAsync();
        var dps = await manager.CreateDpsAsync();
        var category = await manager.AddCategoryAsync(dps.Id(), "SEN");
        var path = $"/api/v1/dps/{dps.Id()}/categories/{category.Id()}";
        var read = await manager.GetAsync(path);
        var tag = read.Headers.ETag!.Tag;

        var renamed = await manager.SendAsync(Put(path, "SEN schools", tag));
        var stale = await manager.SendAsync(Put(path, "Special schools", tag));

        Assert.That(renamed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
        Assert.That((await (await manager.GetAsync(path)).JsonAsync())["name"]!.GetValue<string>(), Is.EqualTo("SEN schools"));
    }

    private static HttpRequestMessage Put(string path, string name, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(new { name }) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }
}
