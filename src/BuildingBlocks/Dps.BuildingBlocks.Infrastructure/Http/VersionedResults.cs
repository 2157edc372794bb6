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

    public static Created<T> Created<T>(HttpContext http, string location, T resource)
        where T : IVersioned
    {
        http.Response.Headers.ETag = EntityTags.Format(resource.Version);
        return TypedResults.Created(location, resource);
    }
}
