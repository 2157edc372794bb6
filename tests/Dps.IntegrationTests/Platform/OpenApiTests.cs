using System.Net;
using System.Text.Json.Nodes;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Platform;

/// <summary>
/// The OpenAPI document is a product: every API operation is described, with its roles, its parameters and its errors, all
/// one problem schema; and the document names its tags, contact, licence and server.
/// </summary>
public sealed class OpenApiTests : ApiTest
{
    private const string ProblemMediaType = "application/problem+json";
    private const string ProblemReference = "#/components/schemas/Problem";

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
    public void An_anonymous_operation_documents_neither_401_nor_403()
    {
        foreach (var (path, method, operation) in ApiOperations().Where(o => IsPublic(o.Operation)))
        {
            Assert.That(operation["responses"]!.AsObject().Select(r => r.Key), Has.None.AnyOf("401", "403"), $"{method} {path}");
        }
    }

    [Test]
    public void Every_4xx_of_every_operation_is_the_one_problem_schema_as_problem_json()
    {
        var checkedResponses = 0;
        foreach (var (path, method, operation) in AllOperations())
        {
            foreach (var (status, response) in operation["responses"]!.AsObject().Where(r => r.Key.StartsWith('4')))
            {
                var content = response!["content"]?.AsObject();
                Assert.That(content?.Select(c => c.Key), Is.EqualTo(new[] { ProblemMediaType }), $"{method} {path} {status}");
                Assert.That(content![ProblemMediaType]!["schema"]?["$ref"]?.GetValue<string>(), Is.EqualTo(ProblemReference), $"{method} {path} {status}");
                checkedResponses++;
            }
        }

        Assert.That(checkedResponses, Is.GreaterThan(100), "too few 4xx responses to be the whole document");
    }

    [Test]
    public void There_is_one_problem_schema()
    {
        var schemas = _document["components"]!["schemas"]!.AsObject().Select(s => s.Key);

        Assert.That(schemas, Does.Contain("Problem"));
        Assert.That(schemas, Has.None.Contains("ProblemDetails"));
    }

    [Test]
    public void The_problem_schema_describes_each_member_with_its_format_and_names_rule_and_errors()
    {
        var problem = _document["components"]!["schemas"]!["Problem"]!;
        var properties = problem["properties"]!.AsObject();

        Assert.That(properties.Select(p => p.Key), Is.SupersetOf(new[] { "type", "title", "status", "detail", "instance", "errors", "rule" }));
        foreach (var (name, property) in properties)
        {
            Assert.That(property!["description"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty, $"Problem.{name} is not described");
        }

        Assert.That(properties["status"]!["type"]!.GetValue<string>(), Is.EqualTo("integer"));
        Assert.That(properties["status"]!["format"]!.GetValue<string>(), Is.EqualTo("int32"));
        Assert.That(properties["type"]!["format"]!.GetValue<string>(), Is.EqualTo("uri-reference"));
        Assert.That(properties["instance"]!["format"]!.GetValue<string>(), Is.EqualTo("uri-reference"));
        Assert.That(properties["rule"]!["type"]!.GetValue<string>(), Is.EqualTo("string"));
        Assert.That(properties["errors"]!["additionalProperties"]!["type"]!.GetValue<string>(), Is.EqualTo("array"));
        Assert.That(properties["errors"]!["additionalProperties"]!["items"]!["type"]!.GetValue<string>(), Is.EqualTo("string"));
        Assert.That(problem["required"]!.AsArray().Select(r => r!.GetValue<string>()), Is.SupersetOf(new[] { "status", "title", "detail" }));
    }

    [Test]
    public void Every_path_parameter_is_described_and_a_guid_is_a_uuid()
    {
        var parameters = AllOperations()
            .SelectMany(o => (o.Operation["parameters"]?.AsArray() ?? [])
                .Where(p => p!["in"]!.GetValue<string>() == "path")
                .Select(p => (o.Path, Parameter: p!)))
            .ToList();

        Assert.That(parameters, Is.Not.Empty);
        foreach (var (path, parameter) in parameters)
        {
            var name = parameter["name"]!.GetValue<string>();
            Assert.That(parameter["description"]?.GetValue<string>(), Does.EndWith(".").And.Not.Contain("resource"), $"{path} {{{name}}}");
            if (name.EndsWith("Id", StringComparison.Ordinal) || name == "id")
            {
                Assert.That(parameter["schema"]!["format"]?.GetValue<string>(), Is.EqualTo("uuid"), $"{path} {{{name}}}");
            }
        }

        Assert.That(
            Operation("/api/v1/contracts/{id}/terminate", "post")["parameters"]![0]!["description"]!.GetValue<string>(),
            Is.EqualTo("The contract's id."));
        Assert.That(
            Operation("/api/v1/block-bookings/{id}/placements", "post")["parameters"]![0]!["description"]!.GetValue<string>(),
            Is.EqualTo("The block booking's id."));
    }

    [Test]
    public void The_document_names_its_contact_licence_and_server()
    {
        var info = _document["info"]!;

        Assert.That(info["contact"]?["name"]?.GetValue<string>(), Is.EqualTo("Dps platform team"));
        Assert.That(info["contact"]?["url"]?.GetValue<string>(), Does.StartWith("https://"));
        Assert.That(info["license"]?["name"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty);
        Assert.That(info["license"]?["url"]?.GetValue<string>(), Does.StartWith("https://"));
        var server = _document["servers"]?.AsArray().Single();
        Assert.That(server?["url"]?.GetValue<string>(), Is.EqualTo("/"));
        Assert.That(server?["description"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty);
    }

    [Test]
    public void Every_tag_used_is_described()
    {
        var used = AllOperations().SelectMany(o => o.Operation["tags"]?.AsArray() ?? []).Select(t => t!.GetValue<string>()).Distinct().ToList();
        var described = (_document["tags"]?.AsArray() ?? [])
            .Where(t => !string.IsNullOrWhiteSpace(t!["description"]?.GetValue<string>()))
            .Select(t => t!["name"]!.GetValue<string>());

        Assert.That(used, Has.Count.GreaterThan(10));
        Assert.That(described, Is.SupersetOf(used));
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
    public void Idempotency_key_is_offered_on_signed_in_writes_only()
    {
        static IEnumerable<string?> Headers(JsonObject operation) =>
            operation["parameters"]?.AsArray().Where(p => p!["in"]!.GetValue<string>() == "header").Select(p => p!["name"]!.GetValue<string>()) ?? [];

        Assert.That(Headers(Operation("/api/v1/dps", "post")), Does.Contain("Idempotency-Key"));
        Assert.That(Headers(Operation("/dev/tokens", "post")), Does.Not.Contain("Idempotency-Key"), "an anonymous caller's key is not read");
    }

    [Test]
    public void Only_the_award_publication_is_public_and_it_says_so()
    {
        // An operation without a security list could be an oversight; a public one says `security: []` on purpose.
        var unstated = AllOperations().Where(o => o.Operation["security"] is null).Select(o => $"{o.Method} {o.Path}");
        var open = ApiOperations().Where(o => o.Operation["security"] is JsonArray { Count: 0 }).Select(o => $"{o.Method} {o.Path}");

        Assert.That(unstated, Is.Empty);
        Assert.That(open, Is.EqualTo(new[] { "get /api/v1/publications/awards" }));
        Assert.That(ApiOperations().Where(o => IsPublic(o.Operation)).Select(o => o.Path), Is.EqualTo(new[] { "/api/v1/publications/awards" }));
    }

    private static bool IsPublic(JsonObject operation) => operation["description"]?.GetValue<string>().Contains("**Roles:** anyone, no token") == true;

    private IEnumerable<(string Path, string Method, JsonObject Operation)> AllOperations() =>
        _document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject()
                .Where(o => Methods.Contains(o.Key))
                .Select(o => (p.Key, o.Key, o.Value!.AsObject())));

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
