using System.Globalization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Dps.Api.OpenApi;

/// <summary>
/// Gives every 4xx response of every operation the one <see cref="ProblemSchema"/> body, as <c>application/problem+json</c>.
/// Endpoints only name the statuses they may answer (<c>ProducesProblems</c>); 401 and 403 come from
/// <see cref="RolesOperationFilter"/>, which runs first.
/// </summary>
public sealed class ProblemResponsesOperationFilter : IOperationFilter
{
    /// <summary>What each status means here, in place of the bare reason phrase Swashbuckle gives a status declared without words.</summary>
    private static readonly Dictionary<string, string> Meanings = new(StringComparer.Ordinal)
    {
        ["400"] = "The request is not valid or could not be read; `errors` names each field and what is wrong with it.",
        ["403"] = "The token's role, or the organisation it names, may not do this.",
        ["404"] = "Not found, or not visible to the caller's token.",
        ["409"] = "The resource's current state refuses the change, or it was changed meanwhile; `rule` names the rule broken.",
        ["412"] = "The If-Match ETag is stale: the resource has changed since it was read.",
        ["422"] = "The request breaks a business rule; `rule` names it.",
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var problems = (operation.Responses ?? [])
            .Where(r => r.Key.StartsWith('4') && r.Value is OpenApiResponse)
            .Select(r => (Status: r.Key, Response: (OpenApiResponse)r.Value))
            .ToList();
        if (problems.Count == 0)
        {
            return;
        }

        if (!context.SchemaRepository.Schemas.ContainsKey(ProblemSchema.Name))
        {
            context.SchemaRepository.AddDefinition(ProblemSchema.Name, ProblemSchema.Create());
        }

        foreach (var (status, response) in problems)
        {
            if (Meanings.TryGetValue(status, out var meaning) && !HasOwnDescription(status, context))
            {
                response.Description = meaning;
            }

            response.Content = new Dictionary<string, IOpenApiMediaType>
            {
                [ProblemSchema.MediaType] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(ProblemSchema.Name, context.Document) },
            };
        }
    }

    /// <summary>Whether the endpoint declared the status with words of its own; else Swashbuckle gave it the reason phrase.</summary>
    private static bool HasOwnDescription(string status, OperationFilterContext context) =>
        context.ApiDescription.SupportedResponseTypes.Any(r =>
            r.StatusCode.ToString(CultureInfo.InvariantCulture) == status && !string.IsNullOrWhiteSpace(r.Description));
}
