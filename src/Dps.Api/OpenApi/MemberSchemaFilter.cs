using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Dps.Api.OpenApi;

/// <summary>
/// Makes each member's schema say what System.Text.Json really sends and reads: a nullable member whose type is a
/// component (an enum or a record) is <c>nullable</c> too, which a bare <c>$ref</c> cannot say; a <c>decimal</c> is a
/// <c>decimal</c> number, not a <c>double</c>; a <c>TimeSpan</c> is its <c>[-][d.]hh:mm:ss[.fffffff]</c> text; a
/// <see cref="JsonNode"/> is any JSON value, not the members of the class.
/// Which members are <c>required</c> is decided for the whole document by <see cref="RequiredMembersDocumentFilter"/>.
/// </summary>
public sealed class MemberSchemaFilter : ISchemaFilter
{
    private const string TimeSpanPattern = @"^-?(\d+\.)?\d{2}:\d{2}:\d{2}(\.\d{1,7})?$";

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete)
        {
            return;
        }

        var type = Nullable.GetUnderlyingType(context.Type) ?? context.Type;
        if (type == typeof(decimal))
        {
            concrete.Format = "decimal";
        }
        else if (type == typeof(TimeSpan))
        {
            concrete.Format = null;
            concrete.Pattern = TimeSpanPattern;
            concrete.Description ??= "A length of time as `[-][d.]hh:mm:ss[.fffffff]`, e.g. `1.02:30:00` for a day, two hours and a half.";
        }
        else if (type == typeof(uint))
        {
            // Beyond int32's range: an ETag version may pass 2^31.
            concrete.Format = "int64";
            concrete.Minimum = "0";
            concrete.Maximum = uint.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (typeof(JsonNode).IsAssignableFrom(type))
        {
            // Any JSON value, null among them: no type at all, so no nullable either.
            concrete.Type = null;
        }

        if (concrete.Properties is { Count: > 0 } properties && context.MemberInfo is null && context.ParameterInfo is null)
        {
            WrapReferences(properties, context.Type);
        }
    }

    /// <summary>
    /// Wraps a member's <c>$ref</c> in an <c>allOf</c>, the one place OpenAPI 3.0 can put <c>nullable</c> or a
    /// description beside it (it ignores a <c>$ref</c>'s siblings): when the member may be null, or has a
    /// <see cref="DescriptionAttribute"/> of its own.
    /// </summary>
    private static void WrapReferences(IDictionary<string, IOpenApiSchema> properties, Type type)
    {
        var members = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .DistinctBy(p => p.Name)
            .ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name), StringComparer.Ordinal);
        foreach (var (name, property) in properties.ToList())
        {
            if (property is not OpenApiSchemaReference reference || !members.TryGetValue(name, out var member))
            {
                continue;
            }

            var description = member.GetCustomAttribute<DescriptionAttribute>()?.Description;
            if (IsNullable(member))
            {
                // Redocly's nullable-type-sibling wants the type beside nullable (OpenAPI 3.0.3 reads nullable only with one).
                var component = Nullable.GetUnderlyingType(member.PropertyType) ?? member.PropertyType;
                var kind = component.IsEnum ? JsonSchemaType.String : JsonSchemaType.Object;
                properties[name] = new OpenApiSchema { Type = kind | JsonSchemaType.Null, AllOf = [reference], Description = description };
            }
            else if (description is not null)
            {
                properties[name] = new OpenApiSchema { AllOf = [reference], Description = description };
            }
        }
    }

    private static bool IsNullable(PropertyInfo member) =>
        Nullable.GetUnderlyingType(member.PropertyType) is not null
        || (!member.PropertyType.IsValueType && new NullabilityInfoContext().Create(member).ReadState == NullabilityState.Nullable);
}
