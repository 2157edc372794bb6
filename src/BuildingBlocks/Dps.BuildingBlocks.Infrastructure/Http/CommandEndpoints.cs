using Dps.BuildingBlocks.Application;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dps.BuildingBlocks.Infrastructure.Http;

/// <summary>
/// <c>POST /resource/{id}/verb</c>: a command on one resource, guarded by If-Match, answering with the resource's new
/// state and ETag. The pattern names the resource id <c>{id:guid}</c>.
/// </summary>
public static class CommandEndpoints
{
    public static RouteHandlerBuilder MapCommand<TBody, TResponse>(
        this IEndpointRouteBuilder group, string pattern, Func<Guid, TBody, uint?, IRequest<TResponse>> command)
        where TResponse : IVersioned =>
        group.MapPost(pattern, async (Guid id, TBody body, IMediator mediator, HttpContext http, CancellationToken ct) =>
                VersionedResults.Ok(http, await mediator.Send(command(id, body, EntityTags.IfMatch(http.Request)), ct)))
            .AcceptsIfMatch()
            .ProducesProblems(400, 404, 409, 412, 422);

    public static RouteHandlerBuilder MapCommand<TResponse>(
        this IEndpointRouteBuilder group, string pattern, Func<Guid, uint?, IRequest<TResponse>> command)
        where TResponse : IVersioned =>
        group.MapPost(pattern, async (Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
                VersionedResults.Ok(http, await mediator.Send(command(id, EntityTags.IfMatch(http.Request)), ct)))
            .AcceptsIfMatch()
            .ProducesProblems(400, 404, 409, 412, 422);
}
