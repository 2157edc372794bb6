using System.ComponentModel;
using Dps.BuildingBlocks.Application.Contracts;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.Qualification.Application.Contracts;
using Dps.Qualification.Application.PurchasingSystems;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dps.Qualification.Infrastructure.Api;

internal static class PurchasingSystemEndpoints
{
    /// <summary>The body of <c>POST /dps</c>, named as the command it becomes.</summary>
    public sealed record CreateDps(
        string Reference,
        string Title,
        Authority LeadAuthority,
        IReadOnlyList<Authority> ParticipatingAuthorities,
        DateOnly? ValidFrom,
        DateOnly? ValidUntil)
    {
        public Application.PurchasingSystems.CreateDps ToCommand() => new(
            Reference, Title, LeadAuthority?.ToDomain()!, ParticipatingAuthorities.ToDomain(), ValidFrom, ValidUntil);
    }

    public sealed record UpdateDpsRequest(string Title, IReadOnlyList<Authority> ParticipatingAuthorities);

    public static void Map(IEndpointRouteBuilder api)
    {
        var dps = api.MapGroup("/dps").WithTags("DPS");

        dps.MapPost("", async (CreateDps command, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var created = await mediator.Send(command.ToCommand(), ct);
                return VersionedResults.CreatedAt(http, "GetDps", new { dpsId = created.Id }, created);
            })
            .RequireRoles(DpsRoles.Manager)
            .WithName("CreateDps")
            .WithSummary("Set up a DPS")
            .WithDescription("Creates a DPS with its lead authority (who must be among the participating authorities) and period of validity. The reference is unique.")
            .Produces<DpsResponse>(StatusCodes.Status201Created)
            .ProducesProblems(400, 409, 422);

        dps.MapList<DpsResponse>("", "ListDps", DpsRoles.All, (
                [Description("Part of the DPS's reference or title, ignoring case, e.g. SET.")] string? search,
                int page = 1,
                int pageSize = PagingDefaults.PageSize) =>
                new ListDps(search, page, pageSize))
            .WithSummary("List DPSs")
            .WithDescription("Pages through every DPS by reference; `search` matches reference or title.");

        dps.MapGetVersioned<DpsResponse>("{dpsId:guid}", "GetDps", DpsRoles.All, (Guid dpsId) => new GetDps(dpsId))
            .WithSummary("Get a DPS")
            .WithDescription("The ETag header carries the version to send back as If-Match when updating.");

        dps.MapPut("{dpsId:guid}", async (Guid dpsId, UpdateDpsRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var command = new UpdateDps(dpsId, body.Title, body.ParticipatingAuthorities.ToDomain(), EntityTags.IfMatch(http.Request));
                return VersionedResults.Ok(http, await mediator.Send(command, ct));
            })
            .RequireRoles(DpsRoles.Manager)
            .WithName("UpdateDps")
            .WithSummary("Update a DPS's title and participating authorities")
            .WithDescription("Send the ETag you read as If-Match; a stale version is refused with 412. The period of validity changes through validity-changes.")
            .AcceptsIfMatch()
            .ProducesProblems(400, 404, 409, 412, 422);
    }
}
