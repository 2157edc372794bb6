using System.Text.Json;
using System.Text.Json.Nodes;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Infrastructure.Http;
using Microsoft.AspNetCore.Http.Json;
using ProblemDetails = Microsoft.AspNetCore.Mvc.ProblemDetails;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Dps.Api.OpenApi;

/// <summary>
/// Gives a schema the <c>example</c> of its CLR type from the modules' and the host's <see cref="ApiExamples"/>, serialised
/// with the API's own JSON options so an example cannot drift from the shape the API reads and writes. A page
/// (<see cref="Paged{T}"/>) and a top-level list take their item's example; the hand-made <see cref="ProblemSchema"/>
/// takes the <see cref="ProblemDetails"/> one.
/// </summary>
public sealed class ExampleFilter(IEnumerable<ApiExamples> examples, IOptions<JsonOptions> json) : ISchemaFilter, IDocumentFilter
{
    private const int ExamplePageSize = 20;

    private readonly Dictionary<Type, object> _byType = examples.SelectMany(e => e.ByType).ToDictionary();

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        // A list that is one record's property is shown by that record's example.
        var topLevel = context.MemberInfo is null && context.ParameterInfo is null;
        if (schema is OpenApiSchema { Examples: null or [] } concrete && ExampleOf(context.Type, topLevel) is { } example)
        {
            concrete.Examples = [Serialise(example)];
        }
    }

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        if (document.Components?.Schemas is { } schemas && schemas.TryGetValue(ProblemSchema.Name, out var schema)
            && schema is OpenApiSchema problem && _byType.TryGetValue(typeof(ProblemDetails), out var example))
        {
            problem.Examples = [Serialise(example)];
        }
    }

    private object? ExampleOf(Type type, bool topLevel)
    {
        if (_byType.TryGetValue(type, out var example))
        {
            return example;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Paged<>)
            && ExampleOf(type.GetGenericArguments()[0], topLevel: false) is { } item)
        {
            return Activator.CreateInstance(type, ListOf(type.GetGenericArguments()[0], item), 1, ExamplePageSize, 1);
        }

        return topLevel && ItemTypeOf(type) is { } itemType && ExampleOf(itemType, topLevel: false) is { } element
            ? ListOf(itemType, element)
            : null;
    }

    private static Type? ItemTypeOf(Type type) =>
        type == typeof(string) ? null : type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0];

    private static System.Collections.IList ListOf(Type itemType, object item)
    {
        var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(itemType))!;
        list.Add(item);
        return list;
    }

    private JsonNode Serialise(object example) => JsonSerializer.SerializeToNode(example, example.GetType(), json.Value.SerializerOptions)!;
}

public static class ExampleFilterRegistration
{
    /// <summary>Registers <see cref="ExampleFilter"/> for the schemas and for the document's hand-made Problem schema.</summary>
    public static void AddApiExamples(this SwaggerGenOptions options)
    {
        options.SchemaFilter<ExampleFilter>();
        options.DocumentFilter<ExampleFilter>();
    }
}
