using System.Text.Json.Nodes;

namespace Dps.IntegrationTests.Fuzzing;

/// <summary>
/// The requests sent to one operation: first the valid-ish one built from its schema, then the body's wrong shapes
/// (malformed JSON, an array, an unknown member, text/plain, none), then one wrong value at a time in a path
/// parameter, query parameter, header or body member. Deterministic: a fixed seed, and the operation's key, choose
/// which of those fit in the budget, taking one mutation of every field before a second of any.
/// </summary>
public sealed class MutationGenerator(KnownIds ids, int seed)
{
    private const int MaxFieldDepth = 4;

    /// <summary>The valid-ish request alone, e.g. for the authorization matrix.</summary>
    public FuzzCase ValidIsh(ApiOperation operation) => Start(operation).Case("valid-ish request", forbidden: false);

    public IReadOnlyList<FuzzCase> For(ApiOperation operation, int budget)
    {
        var random = new Random(seed ^ StableHash.Of(operation.Key));
        var valid = Start(operation, random);
        var cases = new List<FuzzCase> { valid.Case("valid-ish request", forbidden: false) };
        cases.AddRange(BodyShapes(valid));

        var fields = MethodFields(valid)
            .Concat(PathFields(valid))
            .Concat(QueryFields(valid))
            .Concat(HeaderFields(valid))
            .Concat(BodyFields(valid))
            .Select(field => field.OrderBy(_ => random.Next()).ToList())
            .OrderBy(_ => random.Next())
            .ToList();
        for (var rank = 0; cases.Count < budget && fields.Any(f => f.Count > rank); rank++)
        {
            cases.AddRange(fields.Where(f => f.Count > rank).Select(f => f[rank]).Take(budget - cases.Count));
        }

        return cases.Take(budget).ToList();
    }

    private RequestParts Start(ApiOperation operation, Random? random = null) =>
        RequestParts.ValidIsh(operation, new ExampleValues(ids, random ?? new Random(seed ^ StableHash.Of(operation.Key))), ids);

    private static IEnumerable<FuzzCase> BodyShapes(RequestParts valid)
    {
        if (valid.Operation.Body is not { } schema)
        {
            yield break;
        }

        var json = valid.ToRequest().Body ?? "{}";
        yield return With(valid, p => p.RawBody = json[..(json.Length / 2)]).Case("malformed JSON", forbidden: true);
        yield return With(valid, p => p.RawBody = "[]").Case("a JSON array for the body", forbidden: schema.Type != "array");
        yield return With(valid, p => p.RawBody = new string('[', 1_000) + new string(']', 1_000)).Case("JSON nested 1,000 deep", forbidden: true);
        yield return With(valid, p => p.ContentType = "text/plain").Case("the body as text/plain", forbidden: true);
        yield return With(valid, p => p.OmitBody = true).Case("no body", forbidden: valid.Operation.BodyRequired);
        if (valid.Body is JsonObject)
        {
            yield return With(valid, p => p.Body!["fuzzUnknownMember"] = "fuzz")
                .Case("an unknown member", forbidden: !schema.AllowsUnknownMembers);
        }
    }

    private static IEnumerable<List<FuzzCase>> MethodFields(RequestParts valid)
    {
        var other = valid.Operation.Method == "PATCH" ? "TRACE" : "PATCH";
        yield return [With(valid, p => p.Method = other).Case($"method {other}", forbidden: false)];
    }

    private static IEnumerable<List<FuzzCase>> PathFields(RequestParts valid) =>
        valid.Operation.InPath.Select(parameter => BadParameters.ForPath(parameter)
            .Select(bad => With(valid, p => p.Path[parameter.Name] = bad.Value!).Case($"path {parameter.Name}: {bad.Label}", bad.Forbidden))
            .ToList());

    private static IEnumerable<List<FuzzCase>> QueryFields(RequestParts valid) =>
        valid.Operation.InQuery.Select(parameter => BadParameters.ForQuery(parameter)
            .Select(bad => With(valid, p =>
            {
                p.Query.RemoveAll(q => q.Key == parameter.Name);
                if (bad.Value is not null)
                {
                    p.Query.Add(KeyValuePair.Create(parameter.Name, bad.Value));
                }
            }).Case($"query {parameter.Name}: {bad.Label}", bad.Forbidden))
            .ToList());

    private static IEnumerable<List<FuzzCase>> HeaderFields(RequestParts valid) =>
        BadParameters.Headers(valid.Operation)
            .GroupBy(h => h.Header)
            .Select(header => header
                .Select(h => With(valid, p => p.Headers[h.Header] = h.Value.Value!).Case($"header {h.Header}: {h.Value.Label}", h.Value.Forbidden))
                .ToList());

    private static IEnumerable<List<FuzzCase>> BodyFields(RequestParts valid)
    {
        if (valid.Operation.Body is not { } schema || valid.Body is null)
        {
            yield break;
        }

        yield return
        [
            With(valid, p => p.RawBody = "null").Case("a null body", forbidden: true),
            With(valid, p => p.RawBody = "\"fuzz\"").Case("a JSON string for the body", forbidden: schema.Type != "string"),
            With(valid, p => p.ContentType = "application/x-www-form-urlencoded").Case("the body as a form", forbidden: true),
            With(valid, p => p.ContentType = "application/json; charset=x-fuzz").Case("an unknown charset", forbidden: false),
            With(valid, p => p.Body = new JsonObject()).Case("an empty object for the body", forbidden: schema.Required.Count > 0),
        ];
        foreach (var field in Fields(schema, valid.Body, [], required: false, arrayItem: false, depth: 0))
        {
            yield return BadValues.ForMember(field.Schema, field.Required, field.ArrayItem, field.Value)
                .Select(bad => With(valid, p => Replace(p.Body!, field.Path, bad)).Case($"body {Name(field.Path)}: {bad.Label}", bad.Forbidden))
                .ToList();
        }
    }

    private sealed record Field(IReadOnlyList<object> Path, Schema Schema, JsonNode? Value, bool Required, bool ArrayItem);

    /// <summary>Every member of the valid-ish body, nested ones and the first item of arrays included.</summary>
    private static IEnumerable<Field> Fields(Schema schema, JsonNode? value, IReadOnlyList<object> path, bool required, bool arrayItem, int depth)
    {
        if (path.Count > 0)
        {
            yield return new Field(path, schema, value, required, arrayItem);
        }

        if (depth >= MaxFieldDepth)
        {
            yield break;
        }

        var nested = (schema.Type, value) switch
        {
            ("object", JsonObject members) => schema.Properties
                .Where(p => members.ContainsKey(p.Name))
                .SelectMany(p => Fields(p.Schema, members[p.Name], [.. path, p.Name], schema.Required.Contains(p.Name), arrayItem: false, depth + 1)),
            ("array", JsonArray { Count: > 0 } items) when schema.Items is not null =>
                Fields(schema.Items, items[0], [.. path, 0], required: false, arrayItem: true, depth + 1),
            _ => [],
        };
        foreach (var field in nested)
        {
            yield return field;
        }
    }

    private static void Replace(JsonNode body, IReadOnlyList<object> path, BadValue bad)
    {
        var parent = path.SkipLast(1).Aggregate(body, (node, step) => step is int index ? node[index]! : node[(string)step]!);
        switch (path[^1], parent)
        {
            case (string member, JsonObject members) when bad.Remove:
                members.Remove(member);
                break;
            case (string member, JsonObject members):
                members[member] = bad.Value?.DeepClone();
                break;
            case (int index, JsonArray items):
                items[index] = bad.Value?.DeepClone();
                break;
        }
    }

    private static string Name(IReadOnlyList<object> path) =>
        string.Concat(path.Select((step, i) => step is int index ? $"[{index}]" : i == 0 ? $"{step}" : $".{step}"));

    private static RequestParts With(RequestParts valid, Action<RequestParts> change)
    {
        var copy = valid.Copy();
        change(copy);
        return copy;
    }
}
