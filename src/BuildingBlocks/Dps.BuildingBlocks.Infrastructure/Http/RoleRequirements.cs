using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;

namespace Dps.BuildingBlocks.Infrastructure.Http;

public static class RoleRequirements
{
    /// <summary>Allows the endpoint to callers holding any of the roles; the OpenAPI document lists them.</summary>
    public static TBuilder RequireRoles<TBuilder>(this TBuilder builder, params IReadOnlyList<string> roles)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(new AuthorizeAttribute { Roles = string.Join(',', roles) });
}
