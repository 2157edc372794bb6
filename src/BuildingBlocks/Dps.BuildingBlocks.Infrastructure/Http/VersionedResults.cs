using Dps.BuildingBlocks.Application;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dps.BuildingBlocks.Infrastructure.Http;

public static class VersionedResults
{
    public static Ok<T> Ok<T>(HttpContext http, T resource)
        where T : IVersioned
    {
        http.Response.Headers.ETag = EntityTags.Format(resource.Version);
        return TypedResults.Ok(resource);
    }

    /// <summary>201 Created, located at the endpoint named <paramref name="endpointName"/> for <paramref name="routeValues"/>.</summary>
    public static Created<T> CreatedAt<T>(HttpContext http, string endpointName, object routeValues, T resource)
        where T : IVersioned
    {
        http.Response.Headers.ETag = EntityTags.Format(resource.Version);
        return TypedResults.Created(http.PathOf(endpointName, routeValues), resource);
    }
}
