using Dps.Api.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Dps.Api.OpenApi;

/// <summary>
/// States each endpoint's roles in its description, requires the bearer token, and documents 401 and 403 (their problem
/// body comes from <see cref="ProblemResponsesOperationFilter"/>, registered after this one).
/// </summary>
public sealed class RolesOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            // An empty list says "no token needed" on purpose, where no list at all could be an oversight.
            operation.Security = [];
            return;
        }

        var authorizations = metadata.OfType<IAuthorizeData>().ToList();
        if (authorizations.Count == 0)
        {
            return;
        }

        var roles = authorizations
            .SelectMany(a => a.Roles?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [])
            .Distinct()
            .ToList();
        var who = roles.Count == 0 ? "any authenticated caller" : string.Join(", ", roles.Select(r => $"`{r}`"));
        operation.Description = $"{operation.Description}\n\n**Roles:** {who}".Trim();
        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerAuthenticationHandler.SchemeName, context.Document)] = [] }];
        operation.Responses ??= [];
        operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No bearer token, or not a valid one." });
        operation.Responses.TryAdd("403", new OpenApiResponse { Description = $"The token's role is not one of: {who}." });
    }
}
