using System.Text.Json.Nodes;

namespace Dps.IntegrationTests.Fuzzing;

/// <summary>A request to one operation taken apart, so a mutation changes one part of a copy of the valid-ish one.</summary>
internal sealed class RequestParts
{
    public required ApiOperation Operation { get; init; }

    public Dictionary<string, string> Path { get; private init; } = [];

    public List<KeyValuePair<string, string>> Query { get; private init; } = [];

    public Dictionary<string, string> Headers { get; private init; } = [];

    public JsonNode? Body { get; set; }

    /// <summary>Sent instead of <see cref="Body"/>: text that is not the JSON of any value.</summary>
    public string? RawBody { get; set; }

    public bool OmitBody { get; set; }

    public string ContentType { get; set; } = "application/json";

    /// <summary>The operation's method, unless a mutation sends another.</summary>
    public string? Method { get; set; }

    /// <summary>The valid-ish request: every path and query parameter, and the body, from their schemas.</summary>
    public static RequestParts ValidIsh(ApiOperation operation, ExampleValues examples, KnownIds ids)
    {
        var parts = new RequestParts { Operation = operation, Body = operation.Body is null ? null : examples.For(operation.Body) };
        foreach (var parameter in operation.InPath)
        {
            parts.Path[parameter.Name] = ids.ForPath(operation, parameter.Name) ?? examples.Text(parameter.Schema, parameter.Name);
        }

        foreach (var parameter in operation.InQuery)
        {
            parts.Query.Add(KeyValuePair.Create(parameter.Name, examples.Text(parameter.Schema, parameter.Name)));
        }

        return parts;
    }

    public RequestParts Copy() => new()
    {
        Operation = Operation,
        Path = new Dictionary<string, string>(Path),
        Query = [.. Query],
        Headers = new Dictionary<string, string>(Headers),
        Body = Body?.DeepClone(),
        RawBody = RawBody,
        OmitBody = OmitBody,
        ContentType = ContentType,
        Method = Method,
    };

    public FuzzRequest ToRequest()
    {
        var url = Operation.Path;
        foreach (var (name, value) in Path)
        {
            url = url.Replace("{" + name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
        }

        if (Query.Count > 0)
        {
            url += "?" + string.Join('&', Query.Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}"));
        }

        var body = OmitBody || Operation.Body is null && RawBody is null ? null : RawBody ?? Body?.ToJsonString() ?? "null";
        return new FuzzRequest(Method ?? Operation.Method, url, body, ContentType) { Headers = new Dictionary<string, string>(Headers) };
    }

    public FuzzCase Case(string mutation, bool forbidden) => new(mutation, ToRequest(), forbidden);
}
