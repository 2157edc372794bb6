using System.Text.Json.Nodes;

namespace Dps.IntegrationTests.Fuzzing;

/// <summary>
/// One JSON schema of the OpenAPI document with its <c>$ref</c> followed: what the fuzzer needs to build a valid value
/// and to know which values the document forbids. Reads OpenAPI 3.0 (<c>nullable</c>) and 3.1 (<c>type: [x, "null"]</c>).
/// </summary>
public sealed class Schema
{
    private readonly JsonObject _node;
    private readonly Func<string, JsonObject?> _component;

    private Schema(JsonObject node, bool nullable, bool referenced, Func<string, JsonObject?> component)
    {
        _node = node;
        _component = component;
        Referenced = referenced;
        Nullable = nullable || node["nullable"]?.GetValue<bool>() == true || TypeNames().Contains("null");
    }

    /// <summary>The schema at this node, through any chain of <c>$ref</c> or a single-member <c>allOf</c>/<c>oneOf</c>.</summary>
    public static Schema Of(JsonObject node, Func<string, JsonObject?> component)
    {
        var nullable = false;
        var referenced = false;
        for (var hops = 0; hops < 16; hops++)
        {
            nullable |= node["nullable"]?.GetValue<bool>() == true;
            if (node["$ref"]?.GetValue<string>() is { } reference && component(reference) is { } target)
            {
                node = target;
                referenced = true;
            }
            else if ((node["allOf"] ?? node["oneOf"] ?? node["anyOf"]) is JsonArray { Count: 1 } single && single[0] is JsonObject only)
            {
                node = only;
            }
            else
            {
                break;
            }
        }

        return new Schema(node, nullable, referenced, component);
    }

    public string? Type => TypeNames().FirstOrDefault(t => t != "null") ?? (_node["properties"] is not null ? "object" : null);

    public string? Format => _node["format"]?.GetValue<string>();

    public bool Nullable { get; }

    /// <summary>
    /// Reached through a bare <c>$ref</c>, whose siblings OpenAPI 3.0 ignores: the document cannot say such a member is
    /// nullable (Swashbuckle drops it), so whether null is allowed is unknown.
    /// </summary>
    public bool Referenced { get; }

    /// <summary>Null is a value the document forbids here.</summary>
    public bool ForbidsNull => !Nullable && !Referenced;

    public bool ReadOnly => _node["readOnly"]?.GetValue<bool>() == true;

    public IReadOnlyList<string> Enum => _node["enum"]?.AsArray().Select(v => v?.ToString()).OfType<string>().ToList() ?? [];

    public IReadOnlySet<string> Required =>
        _node["required"]?.AsArray().Select(v => v!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) ?? [];

    /// <summary>False only when the schema says so (<c>additionalProperties: false</c>); the API refuses unknown members anyway.</summary>
    public bool AllowsUnknownMembers => _node["additionalProperties"] is not JsonValue value || value.GetValue<bool>();

    public IReadOnlyList<(string Name, Schema Schema)> Properties =>
        _node["properties"]?.AsObject().Select(p => (p.Key, Of(p.Value!.AsObject(), _component))).ToList() ?? [];

    public Schema? Items => _node["items"] is JsonObject items ? Of(items, _component) : null;

    public JsonNode? Default => _node["default"]?.DeepClone();

    private IEnumerable<string> TypeNames() => _node["type"] switch
    {
        JsonArray types => types.Select(t => t!.GetValue<string>()),
        JsonValue type when type.TryGetValue<string>(out var name) => [name],
        _ => [],
    };
}
