using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Dps.BuildingBlocks.Infrastructure.Http;

public static class EndpointDocumentation
{
    /// <summary>
    /// Documents the problem responses an endpoint may give, by status only: the API's OpenAPI filters give every 4xx the
    /// one problem schema, and add 401 and 403 from the endpoint's roles.
    /// </summary>
    public static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder builder, params int[] statusCodes)
    {
        foreach (var status in statusCodes)
        {
            builder = builder.Produces(status);
        }

        return builder;
    }

    /// <summary>Marks an endpoint that reads If-Match (<see cref="EntityTags.IfMatch"/>); the OpenAPI document lists the header.</summary>
    public static RouteHandlerBuilder AcceptsIfMatch(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(IfMatchHeader.Accepted);
}
