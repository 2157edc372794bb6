using System.Net;
using System.Net.Http.Json;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Infrastructure;
using static Dps.IntegrationTests.Qualification.SupplierRequests;

namespace Dps.IntegrationTests.Qualification;

public sealed class EstablishmentApiTests : ApiTest
{
    [Test]
    public async Task Adding_an_establishment_answers_201_with_its_location_version_and_upper_case_postcode()
    {
        var (supplierId, supplier) = await RegisteredSupplierAsync();

        var response = await supplier.PostAsJsonAsync($"/api/v1/suppliers/{supplierId}/establishments", NewEstablishment());

        var added = await response.JsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/api/v1/suppliers/{supplierId}/establishments/{added.Id()}"));
            Assert.That(response.Headers.ETag!.Tag, Is.EqualTo(added.ETag()));
            Assert.That(added["supplierId"]!.GetValue<Guid>(), Is.EqualTo(supplierId));
            Assert.That(added.Text("postcode"), Is.EqualTo("RH12 1AB"));
            Assert.That(added["latitude"]!.GetValue<double>(), Is.EqualTo(51.0629));
            Assert.That(added.Text("ofstedRating"), Is.EqualTo("Good"));
            Assert.That(added["capacity"]!.GetValue<int>(), Is.EqualTo(40));
        });
    }

    [Test]
    public async Task Invalid_fields_are_refused_with_an_error_for_each()
    {
        var (supplierId, supplier) = await RegisteredSupplierAsync();
        var body = NewEstablishmentJson();
        body["postcode"] = "NOT A POSTCODE";
        body["latitude"] = 91;
        body["longitude"] = -180.5;
        body["capacity"] = -1;
        body["ofstedUrn"] = "12345";

        var response = await supplier.PostAsJsonAsync($"/api/v1/suppliers/{supplierId}/establishments", body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(
            (await response.ValidationErrorsAsync()).Keys,
            Is.EquivalentTo(new[] { "postcode", "latitude", "longitude", "capacity", "ofstedUrn" }));
    }

    [Test]
    public async Task Missing_coordinates_and_capacity_are_refused_not_taken_as_zero()
    {
        var (supplierId, supplier) = await RegisteredSupplierAsync();
        var body = NewEstablishmentJson();
        body.Remove("latitude");
        body.Remove("longitude");
        body.Remove("capacity");

        var response = await supplier.PostAsJsonAsync($"/api/v1/suppliers/{supplierId}/establishments", body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ValidationErrorsAsync()).Keys, Is.EquivalentTo(new[] { "latitude", "longitude", "capacity" }));
    }

    [Test]
    public async Task An_unknown_ofsted_rating_is_refused_by_field()
    {
        var (supplierId, supplier) = await RegisteredSupplierAsync();
        var body = NewEstablishmentJson();
        body["ofstedRating"] = "Excellent";

        var response = await supplier.PostAsJsonAsync($"/api/v1/suppliers/{supplierId}/establishments", body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.ValidationErrorsAsync(), Does.ContainKey("ofstedRating"));
    }

    [Test]
    public async Task A_rating_without_an_ofsted_urn_is_a_422_naming_the_rule_and_nothing_is_written()
    {
        var (supplierId, supplier) = await RegisteredSupplierAsync();
        var body = NewEstablishmentJson();
        body.Remove("ofstedUrn");

        var response = await supplier.PostAsJsonAsync($"/api/v1/suppliers/{supplierId}/establishments", body);

        Assert.That(response.StatusCode, Is.EqualTo((HttpStatusCode)422));
        Assert.That((await response.JsonAsync()).Text("rule"), Is.EqualTo("OfstedRatingNeedsUrn"));
        var listed = await (await supplier.GetAsync($"/api/v1/suppliers/{supplierId}/establishments")).JsonAsync();
        Assert.That(listed["total"]!.GetValue<int>(), Is.Zero);
    }

    [Test]
    public async Task A_supplier_not_yet_registered_cannot_add_an_establishment()
    {
        var supplierId = Guid.NewGuid();
        var unregistered = await AsAsync(DpsRoles.Supplier, supplierId: supplierId);

        var response = await unregistered.PostAsJsonAsync($"/api/v1/suppliers/{supplierId}/establishments", NewEstablishment());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_supplier_cannot_add_an_establishment_to_another_supplier()
    {
        var (_, supplierA) = await RegisteredSupplierAsync();
        var (supplierBId, _) = await RegisteredSupplierAsync();

        var response = await supplierA.PostAsJsonAsync($"/api/v1/suppliers/{supplierBId}/establishments", NewEstablishment());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var listed = await (await (await AsManagerAsync()).GetAsync($"/api/v1/suppliers/{supplierBId}/establishments")).JsonAsync();
        Assert.That(listed["total"]!.GetValue<int>(), Is.Zero);
    }

    [Test]
    public async Task A_supplier_cannot_see_another_suppliers_establishments()
    {
        var (_, supplierA) = await RegisteredSupplierAsync();
        var (supplierBId, supplierB) = await RegisteredSupplierAsync();
        var establishment = await supplierB.AddEstablishmentAsync(supplierBId);

        var list = await supplierA.GetAsync($"/api/v1/suppliers/{supplierBId}/establishments");
        var one = await supplierA.GetAsync($"/api/v1/suppliers/{supplierBId}/establishments/{establishment.Id()}");

        Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(one.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Another_suppliers_establishment_is_not_found_under_your_own_organisation()
    {
        var (supplierAId, supplierA) = await RegisteredSupplierAsync();
        var (supplierBId, supplierB) = await RegisteredSupplierAsync();
        var establishment = await supplierB.AddEstablishmentAsync(supplierBId);

        var response = await supplierA.GetAsync($"/api/v1/suppliers/{supplierAId}/establishments/{establishment.Id()}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_supplier_cannot_change_another_suppliers_establishment()
    {
        var (supplierAId, supplierA) = await RegisteredSupplierAsync();
        var (supplierBId, supplierB) = await RegisteredSupplierAsync();
        var establishment = await supplierB.AddEstablishmentAsync(supplierBId, "Beta House");

        var direct = await supplierA.SendAsync(Put(
            $"/api/v1/suppliers/{supplierBId}/establishments/{establishment.Id()}", NewEstablishment("Hijacked"), establishment.ETag()));
        var viaOwnPath = await supplierA.SendAsync(Put(
            $"/api/v1/suppliers/{supplierAId}/establishments/{establishment.Id()}", NewEstablishment("Hijacked"), establishment.ETag()));

        Assert.That(direct.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(viaOwnPath.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var current = await (await supplierB.GetAsync($"/api/v1/suppliers/{supplierBId}/establishments/{establishment.Id()}")).JsonAsync();
        Assert.That(current.Text("name"), Is.EqualTo("Beta House"));
    }

    [TestCase("GET", "")]
    [TestCase("POST", "")]
    [TestCase("GET", "/{1}")]
    [TestCase("PUT", "/{1}")]
    public async Task A_buyer_is_refused_every_establishment_endpoint(string method, string suffix)
    {
        var (supplierId, supplier) = await RegisteredSupplierAsync();
        var establishment = await supplier.AddEstablishmentAsync(supplierId);
        var buyer = await AsAsync(DpsRoles.Buyer, authorityId: Requests.PartnerAuthorityId);
        var path = string.Format(null, "/api/v1/suppliers/{0}/establishments" + suffix, supplierId, establishment.Id());

        var response = await buyer.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method is "POST" or "PUT" ? JsonContent.Create(NewEstablishment()) : null,
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [TestCase(DpsRoles.Manager)]
    [TestCase(DpsRoles.Auditor)]
    public async Task The_manager_and_auditors_read_any_suppliers_establishments(string role)
    {
        var (supplierId, supplier) = await RegisteredSupplierAsync();
        var establishment = await supplier.AddEstablishmentAsync(supplierId, "Seaview Home");
        var overseer = await AsAsync(role);

        var list = await (await overseer.GetAsync($"/api/v1/suppliers/{supplierId}/establishments")).JsonAsync();
        var one = await overseer.GetAsync($"/api/v1/suppliers/{supplierId}/establishments/{establishment.Id()}");

        Assert.That(list["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()), Is.EqualTo(new[] { "Seaview Home" }));
        Assert.That(one.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(one.Headers.ETag!.Tag, Is.EqualTo(establishment.ETag()));
    }

    [TestCase(DpsRoles.Manager)]
    [TestCase(DpsRoles.Auditor)]
    public async Task Only_the_supplier_itself_adds_or_changes_establishments(string role)
    {
        var (supplierId, supplier) = await RegisteredSupplierAsync();
        var establishment = await supplier.AddEstablishmentAsync(supplierId);
        var overseer = await AsAsync(role);

        var add = await overseer.PostAsJsonAsync($"/api/v1/suppliers/{supplierId}/establishments", NewEstablishment());
        var change = await overseer.SendAsync(Put(
            $"/api/v1/suppliers/{supplierId}/establishments/{establishment.Id()}", NewEstablishment("Renamed"), establishment.ETag()));

        Assert.That(add.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(change.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Establishments_are_listed_by_name_a_page_at_a_time()
    {
        var (supplierId, supplier) = await RegisteredSupplierAsync();
        foreach (var name in new[] { "Oak House", "Ash House", "Elm House" })
        {
            await supplier.AddEstablishmentAsync(supplierId, name);
        }

        var page = await (await supplier.GetAsync($"/api/v1/suppliers/{supplierId}/establishments?page=2&pageSize=2")).JsonAsync();

        Assert.That(page["total"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(page["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()), Is.EqualTo(new[] { "Oak House" }));
    }

    [Test]
    public async Task An_update_with_the_current_version_succeeds_and_a_stale_one_is_a_412_that_changes_nothing()
    {
        var (supplierId, supplier) = await RegisteredSupplierAsync();
        var establishment = await supplier.AddEstablishmentAsync(supplierId);
        var path = $"/api/v1/suppliers/{supplierId}/establishments/{establishment.Id()}";
        var changed = NewEstablishmentJson();
        changed["name"] = "Oakfield Upper School";
        changed["ofstedRating"] = "RequiresImprovement";

        var updated = await supplier.SendAsync(Put(path, changed, establishment.ETag()));
        var stale = await supplier.SendAsync(Put(path, NewEstablishment("Lost update"), establishment.ETag()));

        Assert.That(updated.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(updated.Headers.ETag!.Tag, Is.Not.EqualTo(establishment.ETag()));
        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
        var current = await (await supplier.GetAsync(path)).JsonAsync();
        Assert.That((current.Text("name"), current.Text("ofstedRating")), Is.EqualTo(("Oakfield Upper School", "RequiresImprovement")));
    }

    [Test]
    public async Task An_update_is_validated_like_an_addition()
    {
        var (supplierId, supplier) = await RegisteredSupplierAsync();
        var establishment = await supplier.AddEstablishmentAsync(supplierId);
        var body = NewEstablishmentJson();
        body["latitude"] = 91;

        var response = await supplier.SendAsync(Put(
            $"/api/v1/suppliers/{supplierId}/establishments/{establishment.Id()}", body, establishment.ETag()));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ValidationErrorsAsync()).Keys, Is.EquivalentTo(new[] { "latitude" }));
    }

    [Test]
    public async Task Adding_an_establishment_is_audited_as_AddEstablishment()
    {
        var (supplierId, supplier) = await RegisteredSupplierAsync();
        var establishment = await supplier.AddEstablishmentAsync(supplierId);

        var trail = await (await (await AsAsync(DpsRoles.Auditor)).GetAsync($"/api/v1/audit?entityId={establishment.Id()}")).JsonAsync();

        var entry = trail["items"]!.AsArray().Single()!.AsObject();
        Assert.Multiple(() =>
        {
            Assert.That(entry.Text("entityType"), Is.EqualTo("Establishment"));
            Assert.That(entry.Text("action"), Is.EqualTo("AddEstablishment"));
            Assert.That(entry["actorRoles"]!.AsArray().Select(r => r!.GetValue<string>()), Is.EqualTo(new[] { DpsRoles.Supplier }));
            Assert.That(entry["after"]!["supplier_id"]!.GetValue<string>(), Is.EqualTo(supplierId.ToString()));
            Assert.That(entry["after"]!["postcode"]!.GetValue<string>(), Is.EqualTo("RH12 1AB"));
            Assert.That(entry["after"]!["ofsted_rating"]!.GetValue<string>(), Is.EqualTo("Good"));
        });
    }

    private async Task<(Guid Id, HttpClient Client)> RegisteredSupplierAsync()
    {
        var supplierId = Guid.NewGuid();
        var client = await AsAsync(DpsRoles.Supplier, supplierId: supplierId);
        await client.RegisterSupplierAsync();
        return (supplierId, client);
    }
}
