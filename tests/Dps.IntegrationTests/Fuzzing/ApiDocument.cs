using System.Text.Json.Nodes;

namespace Dps.IntegrationTests.Fuzzing;

/// <summary>The operations of an OpenAPI document, read as the fuzzer and the authorization matrix need them.</summary>
public sealed class ApiDocument
{
    public const string LivePath = "/swagger/v1/swagger.json";

    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    private readonly JsonObject _root;

    private ApiDocument(JsonObject root)
    {
        _root = root;
        Operations = ReadOperations().ToList();
    }

    public IReadOnlyList<ApiOperation> Operations { get; }

    public static ApiDocument Parse(string json) => new(JsonNode.Parse(json)!.AsObject());

    /// <summary>The document the API serves now.</summary>
    public static async Task<ApiDocument> LiveAsync(HttpClient client)
    {
        var response = await client.GetAsync(LivePath);
        response.EnsureSuccessStatusCode();
        return Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// The checked-in snapshot, readable without a host, so NUnit can list one test per operation. OpenApiSnapshotTests
    /// keeps it equal to the live document.
    /// </summary>
    public static ApiDocument Snapshot() =>
        Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Platform", "OpenApi", "swagger.snapshot.json")));

    private IEnumerable<ApiOperation> ReadOperations()
    {
        foreach (var (path, item) in _root["paths"]!.AsObject())
        {
            var shared = item!["parameters"]?.AsArray() ?? [];
            foreach (var (method, node) in item.AsObject().Where(m => Methods.Contains(m.Key)))
            {
                var operation = node!.AsObject();
                var parameters = shared.Concat(operation["parameters"]?.AsArray() ?? [])
                    .Select(p => Resolve(p!.AsObject()))
                    .Select(p => new ApiParameter(
                        p["name"]!.GetValue<string>(),
                        p["in"]!.GetValue<string>(),
                        p["required"]?.GetValue<bool>() == true,
                        Schema.Of(p["schema"]?.AsObject() ?? [], Component)))
                    .ToList();
                var requestBody = operation["requestBody"] is JsonObject declared ? Resolve(declared) : null;
                var body = requestBody?["content"]?["application/json"]?["schema"] is JsonObject schema ? Schema.Of(schema, Component) : null;
                yield return new ApiOperation(
                    method.ToUpperInvariant(),
                    path,
                    operation["operationId"]?.GetValue<string>(),
                    parameters,
                    body,
                    BodyRequired: requestBody?["required"]?.GetValue<bool>() == true,
                    StatedRoles.Of(operation));
            }
        }
    }

    private JsonObject Resolve(JsonObject node) =>
        node["$ref"]?.GetValue<string>() is { } reference ? Component(reference) ?? node : node;

    /// <summary>The node a local reference such as <c>#/components/schemas/CreateDps</c> points at.</summary>
    private JsonObject? Component(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            return null;
        }

        JsonNode? node = _root;
        foreach (var part in reference[2..].Split('/'))
        {
            node = node?[part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
        }

        return node as JsonObject;
    }
}
