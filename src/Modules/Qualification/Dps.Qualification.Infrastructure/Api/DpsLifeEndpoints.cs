using System.ComponentModel;
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
    public sealed record ValidityChangeRequest(
        [property: Description("`Extended`, `Shortened` or `Terminated` (required).")] ValidityChangeKind? Kind,
        [property: Description("The new last day of validity, not in the past (a calendar date in the scheme's time zone, Europe/London): required to extend or shorten; for a termination, today when null.")] DateOnly? NewValidUntil,
        [property: Description("Why the period of validity changes, up to 2,000 characters; recorded with the change.")] string Reason);

    public sealed record EntryClosureRequest(
        [property: Description("The first day the DPS takes no new applications, not in the past (a calendar date in the scheme's time zone, Europe/London; required).")] DateOnly? ClosedFrom,
        [property: Description("The day it takes applications again, by itself: after `closedFrom` (required).")] DateOnly? ReopensOn,
        [property: Description("Why the DPS closes to new applications, e.g. onboarding, up to 2,000 characters.")] string Reason);

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
            .WithDescription("Oldest first. A buyer reads only the history of a DPS its authority takes part in (as lead or participant); any other DPS answers 404.")
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
            .WithDescription("By start date. A buyer reads only the history of a DPS its authority takes part in (as lead or participant); any other DPS answers 404.")
            .ProducesProblems(404);
    }
}
