using Dps.BuildingBlocks.Application;
using Dps.BuildingBlocks.Application.Paging;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Dps.Api.OpenApi;

/// <summary>
/// Describes the members that mean the same wherever they appear and have no description of their own: a page's
/// members, a versioned resource's <c>version</c>, an <c>id</c> and the <c>…Id</c> naming another resource.
/// </summary>
public sealed class MemberDescriptionsSchemaFilter : ISchemaFilter
{
    private static readonly Dictionary<string, string> PageMembers = new(StringComparer.Ordinal)
    {
        ["items"] = "The items on this page, in the list's order.",
        ["page"] = "The number of this page, from 1.",
        ["pageSize"] = "The most items a page holds, as asked for.",
        ["total"] = "How many items the whole list holds, over all its pages.",
    };

    private static readonly string[] TypeSuffixes = ["Response", "Request"];

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties.Count: > 0 } concrete || context.MemberInfo is not null || context.ParameterInfo is not null)
        {
            return;
        }

        foreach (var (name, property) in concrete.Properties)
        {
            if (property is OpenApiSchema { Description: null } inline)
            {
                inline.Description = Describe(context.Type, name);
            }
        }
    }

    private static string? Describe(Type type, string member)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Paged<>))
        {
            return PageMembers.GetValueOrDefault(member);
        }

        if (member == "version" && typeof(IVersioned).IsAssignableFrom(type))
        {
            return "The resource's version, also sent as its ETag; send that back as If-Match to change it.";
        }

        if (member == "id")
        {
            var owner = TypeSuffixes.Aggregate(type.Name, (name, suffix) => name.EndsWith(suffix, StringComparison.Ordinal) ? name[..^suffix.Length] : name);
            return $"The {NameWords.Of(owner)}'s id.";
        }

        return member.Length > 2 && member.EndsWith("Id", StringComparison.Ordinal) ? $"The id of the {NameWords.Of(member[..^2])}." : null;
    }
}
