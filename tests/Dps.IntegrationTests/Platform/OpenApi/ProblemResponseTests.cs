using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Platform.OpenApi;

/// <summary>
/// What the API sends on a 4xx is what the document says it sends: an <c>application/problem+json</c> body with a detail,
/// every member of it a property of the one <c>Problem</c> schema, of the type stated there, and each required one present.
/// </summary>
public sealed class ProblemResponseTests : ApiTest
{
    private JsonObject _schema = null!;

    [OneTimeSetUp]
    public async Task ReadProblemSchema()
    {
        var document = await (await Anonymous().GetAsync("/swagger/v1/swagger.json")).JsonAsync();
        _schema = document["components"]!["schemas"]!["Problem"]!.AsObject();
    }

    [Test]
    public async Task A_401_without_a_token_is_a_documented_problem() =>
        await AssertDocumentedProblemAsync(await Anonymous().GetAsync("/api/v1/dps"), HttpStatusCode.Unauthorized);

    [Test]
    public async Task A_401_with_a_token_that_is_not_valid_is_a_documented_problem()
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "not-a-jwt");

        await AssertDocumentedProblemAsync(await client.GetAsync("/api/v1/dps"), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task A_403_for_the_wrong_role_is_a_documented_problem()
    {
        var supplier = await AsAsync(DpsRoles.Supplier, supplierId: Guid.NewGuid());

        await AssertDocumentedProblemAsync(await supplier.PostAsJsonAsync("/api/v1/dps", Requests.NewDps()), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task A_404_is_a_documented_problem()
    {
        var manager = await AsManagerAsync();

        await AssertDocumentedProblemAsync(await manager.GetAsync($"/api/v1/dps/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_404_for_an_address_nothing_is_at_is_a_documented_problem()
    {
        var manager = await AsManagerAsync();

        await AssertDocumentedProblemAsync(await manager.GetAsync("/api/v1/nothing-here"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_409_for_a_broken_rule_is_a_documented_problem_naming_the_rule()
    {
        var manager = await AsManagerAsync();
        var dps = await manager.CreateDpsAsync();
        (await manager.PostAsJsonAsync($"/api/v1/dps/{dps.Id()}/validity-changes", new { kind = "Terminated", reason = "Scheme wound up" }))
            .EnsureSuccessStatusCode();

        var problem = await AssertDocumentedProblemAsync(
            await manager.PostAsJsonAsync($"/api/v1/dps/{dps.Id()}/validity-changes", new { kind = "Extended", newValidUntil = "2035-01-01", reason = "Revive" }),
            HttpStatusCode.Conflict);

        Assert.That(problem["rule"]?.GetValue<string>(), Is.EqualTo("TerminatedDpsCannotChange"));
    }

    [Test]
    public async Task A_400_is_a_documented_problem_listing_the_errors_by_field()
    {
        var manager = await AsManagerAsync();
        var body = Requests.NewDpsJson();
        body.Remove("title");

        var problem = await AssertDocumentedProblemAsync(await manager.PostAsJsonAsync("/api/v1/dps", body), HttpStatusCode.BadRequest);

        Assert.That(problem["errors"]?.AsObject().Select(e => e.Key), Does.Contain("title"), problem.ToJsonString());
    }

    private async Task<JsonObject> AssertDocumentedProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), body);
        var problem = JsonNode.Parse(body)!.AsObject();
        Assert.That(problem["detail"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty, body);
        Assert.That(problem["status"]?.GetValue<int>(), Is.EqualTo((int)status), body);

        var properties = _schema["properties"]!.AsObject();
        var required = _schema["required"]!.AsArray().Select(r => r!.GetValue<string>());
        Assert.That(problem.Select(m => m.Key), Is.SupersetOf(required), body);
        foreach (var (name, value) in problem)
        {
            Assert.That(properties.ContainsKey(name), Is.True, $"'{name}' is not in the Problem schema: {body}");
            Assert.That(Matches(properties[name]!, value), Is.True, $"'{name}' is not of the type the Problem schema states: {body}");
        }

        return problem;
    }

    private static bool Matches(JsonNode schema, JsonNode? value) => schema["type"]!.GetValue<string>() switch
    {
        "string" => value?.GetValueKind() == JsonValueKind.String,
        "integer" => value?.GetValueKind() == JsonValueKind.Number,
        "array" => value is JsonArray items && items.All(item => Matches(schema["items"]!, item)),
        "object" => value is JsonObject members && members.All(m => Matches(schema["additionalProperties"]!, m.Value)),
        _ => false,
    };
}
