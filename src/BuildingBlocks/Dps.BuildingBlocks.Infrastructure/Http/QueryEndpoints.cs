using Dps.BuildingBlocks.Application;
using Dps.BuildingBlocks.Application.Paging;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dps.BuildingBlocks.Infrastructure.Http;

/// <summary>
/// <c>GET</c> endpoints that run one query. The <c>query</c> delegate binds the route and query parameters (each query
/// parameter described with <c>[Description]</c>) and returns the query; the endpoint sends it and answers with what
/// it read. Describe it with <c>WithSummary</c> and <c>WithDescription</c>.
/// </summary>
public static class QueryEndpoints
{
    /// <summary>
    /// A page of a list. The delegate ends with <c>int page = 1, int pageSize = PagingDefaults.PageSize</c>, which the
    /// OpenAPI document describes for every list, and returns an <c>IRequest&lt;Paged&lt;TItem&gt;&gt;</c>.
    /// </summary>
    public static RouteHandlerBuilder MapList<TItem>(
        this IEndpointRouteBuilder group, string pattern, string name, IReadOnlyList<string> roles, Delegate query) =>
        group.MapQuery<Paged<TItem>>(pattern, name, roles, query, (_, page) => TypedResults.Ok(page))
            .ProducesProblems(400);

    /// <summary>One versioned resource, with its ETag (<see cref="VersionedResults.Ok"/>); the delegate returns an <c>IRequest&lt;TResource&gt;</c>.</summary>
    public static RouteHandlerBuilder MapGetVersioned<TResource>(
        this IEndpointRouteBuilder group, string pattern, string name, IReadOnlyList<string> roles, Delegate query)
        where TResource : IVersioned =>
        group.MapQuery<TResource>(pattern, name, roles, query, VersionedResults.Ok)
            .ProducesProblems(404);

    /// <summary>One resource that carries no version (nothing changes it under If-Match); the delegate returns an <c>IRequest&lt;TResource&gt;</c>.</summary>
    public static RouteHandlerBuilder MapGetOne<TResource>(
        this IEndpointRouteBuilder group, string pattern, string name, IReadOnlyList<string> roles, Delegate query) =>
        group.MapQuery<TResource>(pattern, name, roles, query, (_, resource) => TypedResults.Ok(resource))
            .ProducesProblems(404);

    private static RouteHandlerBuilder MapQuery<TResult>(
        this IEndpointRouteBuilder group, string pattern, string name, IReadOnlyList<string> roles, Delegate query, Func<HttpContext, TResult, IResult> answer)
    {
        if (!typeof(IRequest<TResult>).IsAssignableFrom(query.Method.ReturnType))
        {
            throw new ArgumentException($"{name}'s delegate returns {query.Method.ReturnType}, which is not an {typeof(IRequest<TResult>)}.", nameof(query));
        }

        return group.MapGet(pattern, query)
            .AddEndpointFilter(async (context, next) =>
            {
                var http = context.HttpContext;
                var request = (IRequest<TResult>)(await next(context))!;
                return answer(http, await http.RequestServices.GetRequiredService<IMediator>().Send(request, http.RequestAborted));
            })
            // The delegate returns the query, which would otherwise be documented as the response.
            .Produces<TResult>()
            .RequireRoles(roles)
            .WithName(name);
    }
}
