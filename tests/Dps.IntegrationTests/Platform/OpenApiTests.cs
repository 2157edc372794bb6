using System.Net;
using System.Text.Json.Nodes;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Platform;

/// <summary>The OpenAPI document is a product: every API operation is described, with its roles, errors and query parameters.</summary>
public sealed class OpenApiTests : ApiTest
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    private JsonObject _document = null!;

    [OneTimeSetUp]
    public async Task ReadDocument()
    {
        var response = await Anonymous().GetAsync("/swagger/v1/swagger.json");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        _document = await response.JsonAsync();
    }

    [Test]
    public void Every_api_operation_has_a_summary_an_id_and_a_documented_success()
    {
        foreach (var (path, method, operation) in ApiOperations())
        {
            Assert.That(operation["summary"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty, $"{method} {path} has no summary");
            Assert.That(operation["operationId"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty, $"{method} {path} has no operationId");
            Assert.That(operation["responses"]!.AsObject().Select(r => r.Key), Has.Some.StartsWith("2"), $"{method} {path} documents no success");
        }
    }

    [Test]
    public void Every_api_operation_requires_a_token_states_its_roles_and_documents_401_and_403()
    {
        foreach (var (path, method, operation) in ApiOperations().Where(o => !IsPublic(o.Operation)))
        {
            Assert.That(operation["security"]?.AsArray(), Is.Not.Null.And.Not.Empty, $"{method} {path} has no security requirement");
            Assert.That(operation["description"]?.GetValue<string>(), Does.Contain("**Roles:**"), $"{method} {path} does not state its roles");
            Assert.That(operation["responses"]!.AsObject().Select(r => r.Key), Is.SupersetOf(new[] { "401", "403" }), $"{method} {path}");
        }
    }

    [Test]
    public void Commands_document_their_validation_problem()
    {
        foreach (var (path, method, operation) in ApiOperations().Where(o => o.Method is "post" or "put"))
        {
            Assert.That(operation["responses"]!.AsObject().Select(r => r.Key), Does.Contain("400"), $"{method} {path}");
        }
    }

    [Test]
    public void Every_query_parameter_is_described()
    {
        var queryParameters = _document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject()
                .Where(o => Methods.Contains(o.Key))
                .SelectMany(o => o.Value!["parameters"]?.AsArray() ?? [])
                .Where(parameter => parameter!["in"]?.GetValue<string>() == "query")
                .Select(parameter => (Path: p.Key, Parameter: parameter!)))
            .ToList();

        var undescribed = queryParameters
            .Where(q => string.IsNullOrWhiteSpace(q.Parameter["description"]?.GetValue<string>()))
            .Select(q => $"{q.Path}?{q.Parameter["name"]!.GetValue<string>()}")
            .Distinct()
            .ToList();

        Assert.That(queryParameters, Is.Not.Empty, "the document has no query parameters");
        Assert.That(undescribed, Is.Empty, $"query parameters without a description: {string.Join(", ", undescribed)}");
    }

    [Test]
    public void Every_operation_that_may_answer_412_documents_an_optional_If_Match_header()
    {
        // Its versions travel in the body, one per category, not in If-Match.
        string[] versionsInBody = ["SetEstablishmentProfile"];
        var guarded = ApiOperations()
            .Where(o => o.Operation["responses"]!.AsObject().ContainsKey("412"))
            .Where(o => !versionsInBody.Contains(o.Operation["operationId"]!.GetValue<string>()))
            .ToList();

        Assert.That(guarded, Is.Not.Empty);
        foreach (var (path, method, operation) in guarded)
        {
            var ifMatch = operation["parameters"]?.AsArray()
                .SingleOrDefault(p => p!["in"]!.GetValue<string>() == "header" && p["name"]!.GetValue<string>() == "If-Match");
            Assert.That(ifMatch, Is.Not.Null, $"{method} {path} does not document If-Match");
            Assert.That(ifMatch!["required"]?.GetValue<bool>() ?? false, Is.False, $"{method} {path} requires If-Match");
        }
    }

    [Test]
    public void A_versioned_resource_documents_its_ETag_header()
    {
        Assert.That(Operation("/api/v1/offers/{offerId}", "get")["responses"]!["200"]!["headers"]?["ETag"], Is.Not.Null, "GetOffer 200");
        Assert.That(Operation("/api/v1/offers", "post")["responses"]!["201"]!["headers"]?["ETag"], Is.Not.Null, "SubmitOffer 201");
    }

    [Test]
    public void A_list_documents_no_ETag_header()
    {
        Assert.That(Operation("/api/v1/offers", "get")["responses"]!["200"]!["headers"]?["ETag"], Is.Null);
    }

    [Test]
    public void The_bearer_scheme_is_declared_for_the_authorize_button()
    {
        var scheme = _document["components"]!["securitySchemes"]!["Bearer"]!;

        Assert.That(scheme["scheme"]!.GetValue<string>(), Is.EqualTo("bearer"));
    }

    [Test]
    public async Task Swagger_ui_is_served()
    {
        var response = await Anonymous().GetAsync("/swagger/index.html");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private JsonObject Operation(string path, string method) => _document["paths"]![path]![method]!.AsObject();

    [Test]
    public void Only_the_award_publication_is_public_and_it_says_so()
    {
        var open = ApiOperations().Where(o => o.Operation["security"] is null).Select(o => $"{o.Method} {o.Path}");

        Assert.That(open, Is.EqualTo(new[] { "get /api/v1/publications/awards" }));
        Assert.That(ApiOperations().Where(o => IsPublic(o.Operation)).Select(o => o.Path), Is.EqualTo(new[] { "/api/v1/publications/awards" }));
    }

    private static bool IsPublic(JsonObject operation) => operation["description"]?.GetValue<string>().Contains("**Roles:** anyone, no token") == true;

    private IEnumerable<(string Path, string Method, JsonObject Operation)> ApiOperations()
    {
        var operations = _document["paths"]!.AsObject()
            .Where(p => p.Key.StartsWith("/api/v1/", StringComparison.Ordinal))
            .SelectMany(p => p.Value!.AsObject()
                .Where(o => Methods.Contains(o.Key))
                .Select(o => (p.Key, o.Key, o.Value!.AsObject())))
            .ToList();
        Assert.That(operations, Has.Count.GreaterThanOrEqualTo(10), "the document lists too few operations");
        return operations;
    }
}
