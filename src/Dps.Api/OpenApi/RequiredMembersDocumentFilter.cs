using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Dps.Api.OpenApi;

/// <summary>
/// Marks the members a client can count on as <c>required</c>. The API writes every member of a response, a null one
/// as <c>null</c> (its JSON options omit none), so every member of a schema a response reaches is required, and may
/// also be <c>nullable</c>. A schema only requests reach is required in its non-nullable members: a nullable one may be
/// left out, which reads as null. A schema that names its own required members (<see cref="ProblemSchema"/>) keeps them.
/// </summary>
public sealed class RequiredMembersDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var components = swaggerDoc.Components?.Schemas;
        if (components is null)
        {
            return;
        }

        var operations = swaggerDoc.Paths.Values.SelectMany(path => path.Operations?.Values.AsEnumerable() ?? []).ToList();
        var inResponses = Reached(
            operations.SelectMany(o => o.Responses?.Values.AsEnumerable() ?? []).SelectMany(r => r.Content?.Values.AsEnumerable() ?? []),
            components);

        foreach (var (name, component) in components)
        {
            if (component is not OpenApiSchema { Properties.Count: > 0 } schema || schema.Required is { Count: > 0 })
            {
                continue;
            }

            var required = inResponses.Contains(name)
                ? schema.Properties.Keys
                : schema.Properties.Where(p => !IsNullable(p.Value)).Select(p => p.Key);
            schema.Required = new SortedSet<string>(required, StringComparer.Ordinal);
        }
    }

    private static bool IsNullable(IOpenApiSchema schema) => schema.Type is { } type && type.HasFlag(JsonSchemaType.Null);

    /// <summary>The names of the components the media types' schemas are built of, however deep.</summary>
    private static HashSet<string> Reached(IEnumerable<IOpenApiMediaType> media, IDictionary<string, IOpenApiSchema> components)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<IOpenApiSchema>(media.Select(m => m.Schema).OfType<IOpenApiSchema>());
        while (pending.TryPop(out var schema))
        {
            if (schema is OpenApiSchemaReference { Reference.Id: { } id })
            {
                if (reached.Add(id) && components.TryGetValue(id, out var target))
                {
                    pending.Push(target);
                }

                continue;
            }

            foreach (var child in Children(schema))
            {
                pending.Push(child);
            }
        }

        return reached;
    }

    private static IEnumerable<IOpenApiSchema> Children(IOpenApiSchema schema) =>
        (schema.Properties?.Values ?? Enumerable.Empty<IOpenApiSchema>())
            .Concat(schema.AllOf ?? []).Concat(schema.OneOf ?? []).Concat(schema.AnyOf ?? [])
            .Concat(new[] { schema.Items, schema.AdditionalProperties, schema.Not }.OfType<IOpenApiSchema>());
}
