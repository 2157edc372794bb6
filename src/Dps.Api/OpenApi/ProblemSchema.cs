using Microsoft.OpenApi;

namespace Dps.Api.OpenApi;

/// <summary>
/// The one schema of every error the API sends: an RFC 9457 problem document with the members the API adds — the fields'
/// messages on a 400 (<c>errors</c>), the broken rule's name on a 409, 412 or 422 (<c>rule</c>) and the trace id.
/// </summary>
public static class ProblemSchema
{
    public const string Name = "Problem";

    public const string MediaType = "application/problem+json";

    public static OpenApiSchema Create() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "An RFC 9457 problem document: what went wrong, in words for the caller.",
        Required = new HashSet<string> { "status", "title", "detail" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = Text("uri-reference", "A URI reference identifying the kind of problem (RFC 9457); for a plain HTTP status, the section of RFC 9110 that defines it."),
            ["title"] = Text(null, "A short summary of the kind of problem, the same for every occurrence of it."),
            ["status"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Integer,
                Format = "int32",
                Description = "The HTTP status code of the response.",
            },
            ["detail"] = Text(null, "What went wrong with this request, and where it helps how to put it right."),
            ["instance"] = Text("uri-reference", "The path of the request that met the problem."),
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "On a 400: each field that is missing, unreadable or not valid (as the JSON, route or query spells it, e.g. `participatingAuthorities[0].name`), with the messages saying what is wrong with it.",
                AdditionalProperties = new OpenApiSchema
                {
                    Type = JsonSchemaType.Array,
                    Items = new OpenApiSchema { Type = JsonSchemaType.String },
                },
            },
            ["rule"] = Text(null, "On a 409, 412 or 422: the name of the business rule the request broke, e.g. `TerminatedDpsCannotChange`; the operation's description names the rules it may break."),
            ["traceId"] = Text(null, "The request's trace identifier, to quote when reporting the problem."),
        },
    };

    private static OpenApiSchema Text(string? format, string description) =>
        new() { Type = JsonSchemaType.String, Format = format, Description = description };
}
