using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.DemoData;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Platform.OpenApi;

/// <summary>
/// Every body the document shows carries an example, and the examples work when pasted into Swagger UI against the demo
/// data: the dev token's body mints a token, and the ids the demo data fixes (authorities, suppliers) are its rows.
/// </summary>
public sealed class OpenApiExampleTests : ApiTest
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    /// <summary>Answers a text (an OCDS package or CSV) that its <c>string</c> schema does not describe, so it has no example object.</summary>
    private static readonly string[] TextAnswers = ["PublishAwards"];

    private JsonObject _document = null!;

    protected override Dictionary<string, string?> HostSettings => new() { ["DemoData:Seed"] = "true" };

    [OneTimeSetUp]
    public async Task ReadDocument()
    {
        var response = await Anonymous().GetAsync(Swagger);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        _document = await response.JsonAsync();
    }

    private const string Swagger = "/swagger/v1/swagger.json";

    [Test]
    public void Every_request_body_and_json_success_of_every_operation_has_an_example()
    {
        var missing = new List<string>();
        var checkedBodies = 0;
        foreach (var (path, method, operation) in Operations())
        {
            foreach (var (mediaType, content) in JsonContent(operation["requestBody"]))
            {
                checkedBodies++;
                if (!HasExample(content))
                {
                    missing.Add($"{method} {path} request {mediaType}");
                }
            }

            if (TextAnswers.Contains(operation["operationId"]?.GetValue<string>()))
            {
                continue;
            }

            foreach (var (status, response) in operation["responses"]!.AsObject().Where(r => r.Key.StartsWith('2')))
            {
                foreach (var (mediaType, content) in JsonContent(response))
                {
                    checkedBodies++;
                    if (!HasExample(content))
                    {
                        missing.Add($"{method} {path} {status} {mediaType}");
                    }
                }
            }
        }

        Assert.That(checkedBodies, Is.GreaterThan(150), "too few bodies to be the whole document");
        Assert.That(missing, Is.Empty, $"{missing.Count} bodies without an example:\n  {string.Join("\n  ", missing)}");
    }

    [Test]
    public void The_problem_schema_has_an_example_of_a_400_naming_its_field()
    {
        var example = Schema("Problem")["example"];

        Assert.That(example?["status"]?.GetValue<int>(), Is.EqualTo(400));
        Assert.That(example?["title"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty);
        Assert.That(example?["detail"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty);
        Assert.That(example?["errors"]?["role"]?.AsArray(), Has.Count.EqualTo(1));
    }

    [Test]
    public void An_example_spells_enums_as_strings_and_dates_in_ISO_format()
    {
        var dps = Schema("DpsResponse")["example"]!;

        Assert.That(dps["status"]!.GetValue<string>(), Is.EqualTo("Open"));
        Assert.That(dps["validFrom"]!.GetValue<string>(), Is.EqualTo("2017-04-01"));
        Assert.That(DateTimeOffset.TryParse(dps["createdAt"]!.GetValue<string>(), out _), Is.True);
        Assert.That(Schema("DpsResponsePaged")["example"]!["items"]![0]!["id"]!.GetValue<Guid>(), Is.EqualTo(dps["id"]!.GetValue<Guid>()));
    }

    [Test]
    public async Task The_dev_token_example_pasted_as_it_is_mints_a_manager_token_that_works()
    {
        var body = Schema("DevTokenRequest")["example"]!.ToJsonString();

        var minted = await Anonymous().PostAsync("/dev/tokens", new StringContent(body, new MediaTypeHeaderValue("application/json")));

        Assert.That(minted.StatusCode, Is.EqualTo(HttpStatusCode.OK), await minted.Content.ReadAsStringAsync());
        var token = (await minted.JsonAsync())["accessToken"]!.GetValue<string>();
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.That((await client.PostAsync("/api/v1/dps", Json(Schema("CreateDps")["example"]!))).StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task The_examples_name_the_demo_datas_authorities_and_suppliers()
    {
        var auditor = await AsAsync(DpsRoles.Auditor);
        var supplier = Schema("SupplierResponse")["example"]!;
        var establishment = Schema("EstablishmentResponse")["example"]!;
        var lead = Schema("DpsResponse")["example"]!["leadAuthority"]!;
        var member = Schema("MembershipResponse")["example"]!;

        var registered = await auditor.GetAsync($"/api/v1/suppliers/{supplier["id"]}");
        var establishments = await auditor.GetAsync($"/api/v1/suppliers/{establishment["supplierId"]}/establishments");
        var admitted = await auditor.GetAsync($"/api/v1/suppliers/{member["supplierId"]}");
        var offering = await auditor.GetAsync($"/api/v1/suppliers/{Schema("OfferResponse")["example"]!["supplierId"]}");
        var schemes = (await (await auditor.GetAsync("/api/v1/dps")).JsonAsync())["items"]!.AsArray();

        Assert.That(registered.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await registered.JsonAsync())["name"]!.GetValue<string>(), Is.EqualTo(supplier["name"]!.GetValue<string>()));
        Assert.That(establishments.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await establishments.JsonAsync())["items"]!.AsArray(), Is.Not.Empty);
        Assert.That(admitted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(offering.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(lead["id"]!.GetValue<Guid>(), Is.EqualTo(DemoPurchasingSystems.WestSussex.Id));
        Assert.That(
            schemes.Select(s => s!["leadAuthority"]!["name"]!.GetValue<string>()),
            Does.Contain(lead["name"]!.GetValue<string>()));
    }

    [Test]
    public void The_fixed_example_ids_are_the_demo_datas()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ExampleIds.WestSussex, Is.EqualTo(DemoPurchasingSystems.WestSussex.Id));
            Assert.That(ExampleIds.Kent, Is.EqualTo(DemoPurchasingSystems.Kent.Id));
            Assert.That(ExampleIds.Dwp, Is.EqualTo(DemoPurchasingSystems.Dwp.Id));
            Assert.That(ExampleIds.DwpGreaterManchester, Is.EqualTo(DemoPurchasingSystems.DwpGreaterManchester.Id));
            Assert.That(ExampleIds.Oakfield, Is.EqualTo(DemoSetProviders.OakfieldId));
        });
    }

    private JsonNode Schema(string name) =>
        _document["components"]!["schemas"]![name] ?? throw new AssertionException($"the document has no schema {name}");

    private bool HasExample(JsonNode content)
    {
        if (content["example"] is not null || content["examples"]?.AsObject().Count > 0)
        {
            return true;
        }

        var schema = content["schema"];
        var reference = schema?["$ref"]?.GetValue<string>();
        return schema?["example"] is not null
            || (reference is not null && Schema(reference.Split('/')[^1])["example"] is not null);
    }

    private static IEnumerable<(string MediaType, JsonNode Content)> JsonContent(JsonNode? owner) =>
        (owner?["content"]?.AsObject() ?? [])
            .Where(c => c.Key.Contains("json", StringComparison.Ordinal))
            .Select(c => (c.Key, c.Value!));

    private IEnumerable<(string Path, string Method, JsonObject Operation)> Operations() =>
        _document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject()
            .Where(o => Methods.Contains(o.Key))
            .Select(o => (p.Key, o.Key, o.Value!.AsObject())));

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), new MediaTypeHeaderValue("application/json"));
}
