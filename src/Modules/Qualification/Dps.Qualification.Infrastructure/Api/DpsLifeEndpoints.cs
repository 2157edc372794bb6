using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.Qualification.Application.Contracts;
using Dps.Qualification.Application.PurchasingSystems;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ValidityChangeKind = Dps.Qualification.Domain.PurchasingSystems.ValidityChangeKind;

namespace Dps.Qualification.Infrastructure.Api;

/// <summary>A DPS's period of validity and entry windows: recorded changes, never rewritten history.</summary>
internal static class DpsLifeEndpoints
{
    public sealed record ValidityChangeRequest(ValidityChangeKind? Kind, DateOnly? NewValidUntil, string Reason);

    public sealed record EntryClosureRequest(DateOnly? ClosedFrom, DateOnly? ReopensOn, string Reason);

    public static void Map(IEndpointRouteBuilder api)
    {
        var dps = api.MapGroup("/dps/{dpsId:guid}").WithTags("DPS");

        dps.MapPost("/validity-changes", async (Guid dpsId, ValidityChangeRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var command = new ChangeValidity(dpsId, body.Kind, body.NewValidUntil, body.Reason, EntityTags.IfMatch(http.Request));
                return VersionedResults.CreatedAt(http, "ListValidityChanges", new { dpsId }, await mediator.Send(command, ct));
            })
            .RequireRoles(DpsRoles.Manager)
            .WithName("ChangeValidity")
            .WithSummary("Extend, shorten or terminate a DPS's period of validity")
            .WithDescription("`Extended` and `Shortened` need `newValidUntil`; `Terminated` ends validity today (or on `newValidUntil`). The reason is recorded and earlier changes are kept. Answers with the DPS's new state.")
            .Produces<DpsResponse>(StatusCodes.Status201Created)
            .AcceptsIfMatch()
            .ProducesProblems(400, 404, 409, 412, 422);

        dps.MapList<ValidityChange>("/validity-changes", "ListValidityChanges", DpsRoles.All, (Guid dpsId, int page = 1, int pageSize = PagingDefaults.PageSize) =>
                new ListValidityChanges(dpsId, page, pageSize))
            .WithSummary("List a DPS's recorded validity changes")
            .ProducesProblems(404);

        dps.MapPost("/entry-windows", async (Guid dpsId, EntryClosureRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var closure = await mediator.Send(new CloseToNewApplications(dpsId, body.ClosedFrom, body.ReopensOn, body.Reason), ct);
                return TypedResults.Created(http.PathOf("ListEntryClosures", new { dpsId }), EntryClosure.From(closure));
            })
            .RequireRoles(DpsRoles.Manager)
            .WithName("CloseToNewApplications")
            .WithSummary("Close a DPS to new applications for a period")
            .WithDescription("From `closedFrom` the DPS refuses new applications; it reopens by itself on `reopensOn`. Closures cannot start in the past or overlap.")
            .ProducesProblems(400, 404, 409, 422);

        dps.MapList<EntryClosure>("/entry-windows", "ListEntryClosures", DpsRoles.All, (Guid dpsId, int page = 1, int pageSize = PagingDefaults.PageSize) =>
                new ListEntryClosures(dpsId, page, pageSize))
            .WithSummary("List the periods a DPS is closed to new applications")
            .ProducesProblems(404);
    }
}
