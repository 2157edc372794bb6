using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.BuildingBlocks.Infrastructure.Outbox;
using MediatR;

namespace Dps.Api.Outbox;

public static class OutboxEndpoints
{
    public static void MapParkedOutboxMessages(this IEndpointRouteBuilder api)
    {
        var parked = api.MapGroup("/outbox/parked").WithTags("Outbox");

        parked.MapList<ParkedOutboxMessage>("", "ListParkedOutboxMessages", [DpsRoles.Manager, DpsRoles.Auditor], (int page = 1, int pageSize = PagingDefaults.PageSize) =>
                new ListParkedMessages(page, pageSize))
            .WithSummary("List the integration events delivery gave up on")
            .WithDescription("A failed delivery is retried with exponential back-off until `Outbox:GiveUpAfter` (default 24 hours) has passed since its first failure; then the event is parked, and `/health/ready` reports Degraded. Each shows its module, type, payload, attempts, last error and when it was parked, most recently parked first.");

        parked.MapPost("{module}/{messageId:guid}/redelivery", async (string module, Guid messageId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RedeliverParkedMessage(module, messageId), ct);
                return TypedResults.Accepted((string?)null);
            })
            .RequireRoles(DpsRoles.Manager)
            .WithName("RedeliverParkedOutboxMessage")
            .WithSummary("Deliver a parked integration event again")
            .WithDescription("Once the cause of its failures is dealt with: the event is due at once, with a fresh retry schedule, and the redelivery is in the module's audit trail. 202: it is queued for delivery, which happens in the background.")
            .ProducesProblems(400, 404);
    }
}
