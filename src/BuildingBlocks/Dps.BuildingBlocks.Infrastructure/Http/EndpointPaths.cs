using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dps.BuildingBlocks.Infrastructure.Http;

public static class EndpointPaths
{
    /// <summary>
    /// The path of the endpoint named <paramref name="endpointName"/> (its <c>WithName</c>) for these route values, e.g.
    /// where a created resource is read. Routing builds it, so the prefix stays with the route group that owns it.
    /// </summary>
    public static string PathOf(this HttpContext http, string endpointName, object routeValues) =>
        http.RequestServices.GetRequiredService<LinkGenerator>().GetPathByName(http, endpointName, routeValues)
        ?? throw new InvalidOperationException($"No endpoint named {endpointName} matches the route values {routeValues}.");
}
