using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Dps.Api.Auth;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static Dps.IntegrationTests.Qualification.SupplierRequests;

namespace Dps.IntegrationTests.Qualification;

public sealed class SupplierApiTests : ApiTest
{
    [Test]
    public async Task Registering_answers_201_under_the_token_supplier_id_with_location_and_version()
    {
        var supplierId = Guid.NewGuid();
        var supplier = await AsAsync(DpsRoles.Supplier, supplierId: supplierId);
        var body = NewSupplierJson();
        body["companyNumber"] = "sc123456";

        var response = await supplier.PostAsJsonAsync("/api/v1/suppliers", body);

        var registered = await response.JsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(registered.Id(), Is.EqualTo(supplierId));
            Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/api/v1/suppliers/{supplierId}"));
            Assert.That(response.Headers.ETag!.Tag, Is.EqualTo(registered.ETag()));
            Assert.That(registered.Text("companyNumber"), Is.EqualTo("SC123456"));
            Assert.That(registered["isSme"]!.GetValue<bool>(), Is.True);
            Assert.That(registered["contact"]!["email"]!.GetValue<string>(), Is.EqualTo("sam.patel@oakfield.example"));
        });
    }

    [Test]
    public async Task A_second_registration_for_the_same_supplier_is_a_409_naming_the_rule()
    {
        var supplier = await AsAsync(DpsRoles.Supplier, supplierId: Guid.NewGuid());
        await supplier.RegisterSupplierAsync("First name");

        var response = await supplier.PostAsJsonAsync("/api/v1/suppliers", NewSupplier("Second name"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await response.JsonAsync()).Text("rule"), Is.EqualTo("SupplierMustRegisterOnlyOnce"));
    }

    [Test]
    public async Task Invalid_fields_are_refused_with_an_error_for_each()
    {
        var supplier = await AsAsync(DpsRoles.Supplier, supplierId: Guid.NewGuid());
        var body = NewSupplierJson();
        body["name"] = " ";
        body["companyNumber"] = "1234-567";
        body.Remove("isSme");
        body["contact"]!["email"] = "not-an-email";
        body["contact"]!["phone"] = "call me";

        var response = await supplier.PostAsJsonAsync("/api/v1/suppliers", body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(
            (await response.ValidationErrorsAsync()).Keys,
            Is.EquivalentTo(new[] { "name", "companyNumber", "isSme", "contact.email", "contact.phone" }));
    }

    [TestCase("1234567")]
    [TestCase("123456789")]
    [TestCase("SC 12345")]
    public async Task A_company_number_that_is_not_8_letters_or_digits_is_refused(string companyNumber)
    {
        var supplier = await AsAsync(DpsRoles.Supplier, supplierId: Guid.NewGuid());
        var body = NewSupplierJson();
        body["companyNumber"] = companyNumber;

        var response = await supplier.PostAsJsonAsync("/api/v1/suppliers", body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ValidationErrorsAsync()).Keys, Is.EquivalentTo(new[] { "companyNumber" }));
    }

    [Test]
    public async Task A_missing_contact_is_refused_by_field()
    {
        var supplier = await AsAsync(DpsRoles.Supplier, supplierId: Guid.NewGuid());
        var body = NewSupplierJson();
        body.Remove("contact");

        var response = await supplier.PostAsJsonAsync("/api/v1/suppliers", body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.ValidationErrorsAsync(), Does.ContainKey("contact"));
    }

    [Test]
    public async Task A_supplier_token_without_a_supplier_id_cannot_register_and_gets_403()
    {
        var settings = Api.Services.GetRequiredService<IOptions<AuthSettings>>().Value;
        var token = DevTokenEndpoints.Mint(new DevTokenEndpoints.DevTokenRequest(DpsRoles.Supplier, null, null, null), settings, DateTimeOffset.UtcNow);
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);

        var response = await client.PostAsJsonAsync("/api/v1/suppliers", NewSupplier());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
    }

    [TestCase(DpsRoles.Manager)]
    [TestCase(DpsRoles.Auditor)]
    [TestCase(DpsRoles.Buyer)]
    public async Task Only_a_supplier_registers_an_organisation(string role)
    {
        var caller = await AsAsync(role, authorityId: Guid.NewGuid());

        var response = await caller.PostAsJsonAsync("/api/v1/suppliers", NewSupplier());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task A_supplier_reads_its_own_organisation_with_its_version()
    {
        var supplierId = Guid.NewGuid();
        var supplier = await AsAsync(DpsRoles.Supplier, supplierId: supplierId);
        var registered = await supplier.RegisterSupplierAsync("Harbour Homes Ltd");

        var response = await supplier.GetAsync($"/api/v1/suppliers/{supplierId}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.JsonAsync()).Text("name"), Is.EqualTo("Harbour Homes Ltd"));
        Assert.That(response.Headers.ETag!.Tag, Is.EqualTo(registered.ETag()));
    }

    [Test]
    public async Task A_supplier_cannot_see_another_suppliers_organisation()
    {
        var supplierA = await AsAsync(DpsRoles.Supplier, supplierId: Guid.NewGuid());
        var supplierBId = Guid.NewGuid();
        await supplierA.RegisterSupplierAsync("Alpha Care Ltd");
        await (await AsAsync(DpsRoles.Supplier, supplierId: supplierBId)).RegisterSupplierAsync("Beta Care Ltd");

        var read = await supplierA.GetAsync($"/api/v1/suppliers/{supplierBId}");
        var listed = await (await supplierA.GetAsync("/api/v1/suppliers?pageSize=200")).JsonAsync();

        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(listed["total"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(listed["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()), Is.EqualTo(new[] { "Alpha Care Ltd" }));
    }

    [Test]
    public async Task A_supplier_not_yet_registered_lists_nothing()
    {
        await (await AsAsync(DpsRoles.Supplier, supplierId: Guid.NewGuid())).RegisterSupplierAsync();
        var newcomer = await AsAsync(DpsRoles.Supplier, supplierId: Guid.NewGuid());

        var listed = await (await newcomer.GetAsync("/api/v1/suppliers")).JsonAsync();

        Assert.That(listed["total"]!.GetValue<int>(), Is.Zero);
        Assert.That(listed["items"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task A_supplier_cannot_change_another_suppliers_organisation()
    {
        var supplierA = await AsAsync(DpsRoles.Supplier, supplierId: Guid.NewGuid());
        var supplierBId = Guid.NewGuid();
        var supplierB = await (await AsAsync(DpsRoles.Supplier, supplierId: supplierBId)).RegisterSupplierAsync("Beta Care Ltd");
        await supplierA.RegisterSupplierAsync("Alpha Care Ltd");

        var response = await supplierA.SendAsync(Put($"/api/v1/suppliers/{supplierBId}", NewSupplier("Hijacked Ltd"), supplierB.ETag()));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var current = await (await (await AsManagerAsync()).GetAsync($"/api/v1/suppliers/{supplierBId}")).JsonAsync();
        Assert.That(current.Text("name"), Is.EqualTo("Beta Care Ltd"));
    }

    [TestCase("GET", "/api/v1/suppliers")]
    [TestCase("GET", "/api/v1/suppliers/{0}")]
    [TestCase("PUT", "/api/v1/suppliers/{0}")]
    public async Task A_buyer_is_refused_every_supplier_endpoint(string method, string path)
    {
        var supplierId = Guid.NewGuid();
        await (await AsAsync(DpsRoles.Supplier, supplierId: supplierId)).RegisterSupplierAsync();
        var buyer = await AsAsync(DpsRoles.Buyer, authorityId: Requests.PartnerAuthorityId);

        var response = await buyer.SendAsync(new HttpRequestMessage(new HttpMethod(method), string.Format(null, path, supplierId))
        {
            Content = method == "PUT" ? JsonContent.Create(NewSupplier()) : null,
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [TestCase(DpsRoles.Manager)]
    [TestCase(DpsRoles.Auditor)]
    public async Task The_manager_and_auditors_see_every_supplier_a_page_at_a_time_by_name(string role)
    {
        var prefix = $"Paged {Guid.NewGuid():N}"[..14];
        foreach (var suffix in new[] { "C", "A", "B" })
        {
            await (await AsAsync(DpsRoles.Supplier, supplierId: Guid.NewGuid())).RegisterSupplierAsync($"{prefix} {suffix}");
        }

        var overseer = await AsAsync(role);
        var first = await (await overseer.GetAsync($"/api/v1/suppliers?search={Uri.EscapeDataString(prefix.ToUpperInvariant())}&pageSize=2")).JsonAsync();
        var second = await (await overseer.GetAsync($"/api/v1/suppliers?search={Uri.EscapeDataString(prefix)}&page=2&pageSize=2")).JsonAsync();

        Assert.Multiple(() =>
        {
            Assert.That(first["total"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(first["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()), Is.EqualTo(new[] { $"{prefix} A", $"{prefix} B" }));
            Assert.That(second["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()), Is.EqualTo(new[] { $"{prefix} C" }));
        });
    }

    [Test]
    public async Task The_manager_reads_any_supplier()
    {
        var supplierId = Guid.NewGuid();
        await (await AsAsync(DpsRoles.Supplier, supplierId: supplierId)).RegisterSupplierAsync("Gamma Learning Ltd");

        var response = await (await AsManagerAsync()).GetAsync($"/api/v1/suppliers/{supplierId}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.JsonAsync()).Text("name"), Is.EqualTo("Gamma Learning Ltd"));
    }

    [Test]
    public async Task An_unknown_supplier_is_a_404_for_the_manager()
    {
        var response = await (await AsManagerAsync()).GetAsync($"/api/v1/suppliers/{Guid.NewGuid()}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task An_update_with_the_current_version_succeeds_and_changes_the_version()
    {
        var supplierId = Guid.NewGuid();
        var supplier = await AsAsync(DpsRoles.Supplier, supplierId: supplierId);
        var registered = await supplier.RegisterSupplierAsync();

        var response = await supplier.SendAsync(Put($"/api/v1/suppliers/{supplierId}", NewSupplier("Oakfield Group Ltd"), registered.ETag()));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.JsonAsync()).Text("name"), Is.EqualTo("Oakfield Group Ltd"));
        Assert.That(response.Headers.ETag!.Tag, Is.Not.EqualTo(registered.ETag()));
    }

    [Test]
    public async Task An_update_with_a_stale_version_is_a_412_and_changes_nothing()
    {
        var supplierId = Guid.NewGuid();
        var supplier = await AsAsync(DpsRoles.Supplier, supplierId: supplierId);
        var stale = (await supplier.RegisterSupplierAsync()).ETag();
        (await supplier.SendAsync(Put($"/api/v1/suppliers/{supplierId}", NewSupplier("First change"), stale))).EnsureSuccessStatusCode();

        var response = await supplier.SendAsync(Put($"/api/v1/suppliers/{supplierId}", NewSupplier("Lost update"), stale));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
        Assert.That((await (await supplier.GetAsync($"/api/v1/suppliers/{supplierId}")).JsonAsync()).Text("name"), Is.EqualTo("First change"));
    }

    [Test]
    public async Task Registering_is_audited_as_RegisterSupplier_by_the_supplier()
    {
        var supplierId = Guid.NewGuid();
        await (await AsAsync(DpsRoles.Supplier, supplierId: supplierId)).RegisterSupplierAsync("Audited Care Ltd");

        var trail = await (await (await AsAsync(DpsRoles.Auditor)).GetAsync($"/api/v1/audit?entityId={supplierId}")).JsonAsync();

        var entry = trail["items"]!.AsArray().Single()!.AsObject();
        Assert.Multiple(() =>
        {
            Assert.That(entry.Text("module"), Is.EqualTo("qualification"));
            Assert.That(entry.Text("entityType"), Is.EqualTo("Supplier"));
            Assert.That(entry.Text("action"), Is.EqualTo("RegisterSupplier"));
            Assert.That(entry.Text("actorId"), Is.EqualTo($"supplier-dev@{supplierId}"));
            Assert.That(entry.Text("change"), Is.EqualTo("Added"));
            Assert.That(entry["after"]!["name"]!.GetValue<string>(), Is.EqualTo("Audited Care Ltd"));
            Assert.That(entry["after"]!["contact"]!["email"]!.GetValue<string>(), Is.EqualTo("sam.patel@oakfield.example"));
        });
    }
}
