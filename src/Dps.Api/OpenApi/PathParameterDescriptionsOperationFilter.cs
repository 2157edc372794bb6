using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Dps.Api.OpenApi;

/// <summary>
/// Describes every path parameter from its name: <c>contractId</c> is "The contract's id.", and a bare <c>id</c> is the id
/// of what the segment before it lists (<c>/memberships/{id}/suspend</c>: "The membership's id."). A Guid is given
/// <c>format: uuid</c>, whatever its route constraint.
/// </summary>
public sealed class PathParameterDescriptionsOperationFilter : IOperationFilter
{
    /// <summary>Names whose words alone would not say what they are.</summary>
    private static readonly Dictionary<string, string> Named = new(StringComparer.Ordinal)
    {
        ["dpsId"] = "The DPS's id.",
        ["claimId"] = "The milestone claim's id.",
        ["invoiceId"] = "The invoiced period's id.",
        ["reviewId"] = "The performance review's id.",
        ["messageId"] = "The parked message's id.",
        ["questionId"] = "The clarification question's id.",
        ["number"] = "The version's number: 1 for the first, one more for each revision.",
        ["kind"] = "The milestone: `Start`, `Completion` or `JobOutcome`.",
        ["module"] = "The module whose outbox parked the message, as the list of parked messages names it, e.g. `qualification`.",
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var path = context.ApiDescription.RelativePath ?? string.Empty;
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Path) ?? [])
        {
            if (string.IsNullOrWhiteSpace(parameter.Description))
            {
                parameter.Description = Describe(parameter.Name!, path);
            }

            var type = context.ApiDescription.ParameterDescriptions.FirstOrDefault(p => p.Name == parameter.Name)?.Type;
            if (type == typeof(Guid) && parameter.Schema is OpenApiSchema schema)
            {
                schema.Format = "uuid";
            }
        }
    }

    private static string Describe(string name, string path)
    {
        if (Named.TryGetValue(name, out var named))
        {
            return named;
        }

        var owner = name == "id" ? Singular(SegmentBefore(name, path)) : NameWords.Of(name[..^"Id".Length]);
        return $"The {owner}'s id.";
    }

    /// <summary>"memberships" in "api/v1/memberships/{id}/suspend".</summary>
    private static string SegmentBefore(string name, string path)
    {
        var segments = path.Split('/');
        var at = Array.FindIndex(segments, s => s.StartsWith('{') && s.TrimStart('{').Split(':', '}')[0] == name);
        return at > 0 ? segments[at - 1] : "resource";
    }

    /// <summary>"block-bookings" is "block booking".</summary>
    private static string Singular(string segment)
    {
        var words = segment.Replace('-', ' ');
        return words.EndsWith('s') ? words[..^1] : words;
    }
}
