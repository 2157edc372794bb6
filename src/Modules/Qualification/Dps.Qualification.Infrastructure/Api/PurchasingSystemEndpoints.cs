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
        [property: Description("The DPS's unique reference, up to 50 characters: letters, digits and / _ . - only, starting with a letter or digit.")] string Reference,
        [property: Description("The DPS's title, up to 300 characters.")] string Title,
        [property: Description("The contracting authority that runs the DPS; it must also be one of the participating authorities.")] Authority LeadAuthority,
        [property: Description("The authorities whose buyers may buy through the DPS, each once, the lead among them.")] IReadOnlyList<Authority> ParticipatingAuthorities,
        [property: Description("The first day of its period of validity (a calendar date in the scheme's time zone, Europe/London; required).")] DateOnly? ValidFrom,
        [property: Description("The last day of its period of validity, after `validFrom` (Europe/London calendar date; required).")] DateOnly? ValidUntil)
    {
        public Application.PurchasingSystems.CreateDps ToCommand() => new(
            Reference, Title, LeadAuthority?.ToDomain()!, ParticipatingAuthorities.ToDomain(), ValidFrom, ValidUntil);
    }

    public sealed record UpdateDpsRequest(
        [property: Description("The DPS's title, up to 300 characters.")] string Title,
        [property: Description("The authorities whose buyers may buy through the DPS, each once, the lead among them; they replace the current ones.")] IReadOnlyList<Authority> ParticipatingAuthorities);

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
            .WithDescription("Pages through the DPSs by reference; `search` matches reference or title. A buyer sees only the DPSs its authority takes part in (as lead or participant); the manager, auditors and suppliers see every DPS.");

        dps.MapGetVersioned<DpsResponse>("{dpsId:guid}", "GetDps", DpsRoles.All, (Guid dpsId) => new GetDps(dpsId))
            .WithSummary("Get a DPS")
            .WithDescription("A buyer reads only a DPS its authority takes part in (as lead or participant); any other answers 404. The ETag header carries the version to send back as If-Match when updating.");

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
