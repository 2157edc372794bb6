using System.ComponentModel;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using MediatR;

namespace Dps.Api.Audit;

public static class AuditEndpoints
{
    public static void MapAuditTrail(this IEndpointRouteBuilder api)
    {
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

        api.MapGet("/audit/verify", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new VerifyAuditTrail(), ct)))
            .WithTags("Audit")
            .RequireRoles(DpsRoles.Manager, DpsRoles.Auditor)
            .WithName("VerifyAuditTrail")
            .WithSummary("Verify the audit trail's hash chains")
            .WithDescription(
                "Each module's entries form a chain: every entry holds the SHA-256 of its content and of the entry before it. This "
                + "recomputes every module's chain and names, per module, the first entry that breaks it and why (changed, removed "
                + "before it, or replaced). It answers 200 either way: `intact` says whether every chain holds. `headHash` is the newest "
                + "entry's hash; noted down, it shows later whether entries were removed from the end, which no chain can show by itself.")
            .ProducesProblems();
    }
}
