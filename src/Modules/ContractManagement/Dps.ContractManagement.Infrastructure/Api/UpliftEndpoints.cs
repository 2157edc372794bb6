using System.ComponentModel;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.ContractManagement.Application.Uplifts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dps.ContractManagement.Infrastructure.Api;

internal static class UpliftEndpoints
{
    /// <summary>An uplift agreed centrally: the category, the cost lines it applies to, the percentage and the date it applies from.</summary>
    public sealed record UpliftRequest(
        Guid CategoryId,
        [property: Description("The codes of the cost lines it applies to, each once (e.g. `EDUCATION`), matched regardless of case; other lines are left as they are.")] IReadOnlyList<string> LineCodes,
        [property: Description("The uplift, in percent of each named line: over 0, at most 100, at most 2 decimals.")] decimal Percent,
        [property: Description("The first day the uplifted prices apply (a calendar date, Europe/London); contracts that started before it and run on it take it.")] DateOnly EffectiveFrom,
        [property: Description("Why it was agreed; required, at most 2,000 characters.")] string Reason);

    public static void Map(IEndpointRouteBuilder api)
    {
        var uplifts = api.MapGroup("/uplifts").WithTags("Uplifts");

        uplifts.MapPost("", async (UpliftRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var uplift = await mediator.Send(new AgreeUplift(body.CategoryId, body.LineCodes ?? [], body.Percent, body.EffectiveFrom, body.Reason), ct);
                return VersionedResults.CreatedAt(http, "GetUplift", new { upliftId = uplift.Id }, uplift);
            })
            .RequireRoles(DpsRoles.Manager)
            .WithName("AgreeUplift")
            .WithSummary("Apply an annual uplift to a category's contracts")
            .WithDescription("The DPS manager records an uplift agreed centrally: `percent` (over 0, at most 100, 2 decimals) on the named cost lines only (`lineCodes`, e.g. `STAFFING`), from `effectiveFrom`. Every active contract of the category that started before that date and is still running on it takes a new price from it, in the same transaction: each named line × (100 + percent) ÷ 100 to the penny (half away from zero), and the price moves by exactly what its lines moved; other lines stay as they are. The contract keeps each price it had and from when (`prices`). One uplift per category and date (409, rule `OneUpliftPerCategoryAndDate`). `contractsUplifted` counts the contracts that took it.")
            .Produces<UpliftResponse>(StatusCodes.Status201Created)
            .ProducesProblems(400, 409);

        uplifts.MapList<UpliftResponse>("", "ListUplifts", DpsRoles.All, (
                [Description("Only the uplifts of this category.")] Guid? categoryId,
                int page = 1,
                int pageSize = PagingDefaults.PageSize) =>
                new ListUplifts(categoryId, page, pageSize))
            .WithSummary("List agreed uplifts")
            .WithDescription("Latest effective date first. Uplifts are agreed centrally for the whole DPS, so every role sees them.");

        uplifts.MapGetVersioned<UpliftResponse>("{upliftId:guid}", "GetUplift", DpsRoles.All, (Guid upliftId) => new GetUplift(upliftId))
            .WithSummary("Get an agreed uplift");
    }
}
