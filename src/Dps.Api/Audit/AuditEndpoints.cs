using System.ComponentModel;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using MediatR;

namespace Dps.Api.Audit;

public static class AuditEndpoints
{
    public static void MapAuditTrail(this IEndpointRouteBuilder api) =>
        api.MapGet("/audit", async (
                IMediator mediator,
                CancellationToken ct,
                [Description("Only entries about this entity: its id exactly as the trail's `entityId` shows it (most are GUIDs in lower case).")] string? entityId,
                [Description("Only entries at or after this instant, in ISO 8601 with an offset, e.g. 2026-01-01T00:00:00Z.")] DateTimeOffset? from,
                [Description("Only entries before this instant (exclusive), in ISO 8601 with an offset; it must be after `from`.")] DateTimeOffset? to,
                int page = 1,
                int pageSize = PagingDefaults.PageSize) =>
                TypedResults.Ok(await mediator.Send(new ReadAuditTrail(entityId, from, to, page, pageSize), ct)))
            .WithTags("Audit")
            .RequireRoles(DpsRoles.Manager, DpsRoles.Auditor)
            .WithName("ReadAuditTrail")
            .WithSummary("Read the append-only audit trail")
            .WithDescription("Every state change in every module: who, when, which command, the entity, and its values before and after. Newest first; filter by `entityId` and by a time range [`from`, `to`).")
            .ProducesProblems(400);
}
