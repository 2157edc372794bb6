using System.ComponentModel;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.Catalogue.Application.Contracts;
using Dps.Catalogue.Application.FundingModels;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dps.Catalogue.Infrastructure.Api;

internal static class FundingModelEndpoints
{
    /// <summary>The body of <c>POST /funding-models</c>, named as the command it becomes.</summary>
    public sealed record DefineFundingModel(
        Guid DpsId,
        Guid? CategoryId,
        [property: Description("The routeway the model applies to, e.g. R2 (case and surrounding spaces are ignored); null for a category's model. Give a category or a routeway, not both.")] string? Routeway,
        [property: Description("The percentages of the price paid at start, at completion and on a job outcome: each 0–100, together 100 (required).")] FundingShares? Shares,
        [property: Description("What counts as a job outcome; null, or a member left out, takes DWP's definition: 4 weeks in work within 13.")] JobOutcomeTerms? JobOutcome)
    {
        public Application.FundingModels.DefineFundingModel ToCommand() => new(DpsId, CategoryId, Routeway, Shares?.ToDomain(), JobOutcome);
    }

    public sealed record ChangeFundingModelRequest(
        [property: Description("The new percentages of the price paid at start, at completion and on a job outcome: each 0–100, together 100 (required).")] FundingShares? Shares,
        [property: Description("What counts as a job outcome from now on; null, or a member left out, takes DWP's definition: 4 weeks in work within 13.")] JobOutcomeTerms? JobOutcome);

    public static void Map(IEndpointRouteBuilder api)
    {
        var models = api.MapGroup("/funding-models").WithTags("Funding models");

        models.MapPost("", async (DefineFundingModel command, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var model = await mediator.Send(command.ToCommand(), ct);
                return VersionedResults.CreatedAt(http, "GetFundingModel", new { fundingModelId = model.Id }, model);
            })
            .RequireRoles(DpsRoles.Manager)
            .WithName("DefineFundingModel")
            .WithSummary("Define a funding model")
            .WithDescription("For a DPS and either a category (`categoryId`) or a routeway (`routeway`, e.g. R2): the percentages of the price paid at start, at completion and on a job outcome, each 0–100 and together 100 (422, rule `FundingSharesMustSumTo100`), and what a job outcome is (`weeksInWork`, default 4, within `trackingWindowWeeks`, default 13; rule `TrackingWindowMustCoverWeeksInWork`). One per DPS and category or routeway (409, rule `OneFundingModelPerCategoryOrRouteway`).")
            .Produces<FundingModelResponse>(StatusCodes.Status201Created)
            .ProducesProblems(400, 409, 422);

        models.MapList<FundingModelResponse>("", "ListFundingModels", DpsRoles.All, (
                [Description("Only the funding models of this DPS.")] Guid? dpsId,
                [Description("Only the funding model of this category (category models have no routeway).")] Guid? categoryId,
                [Description("Only the funding model of this routeway, e.g. R2; case and surrounding spaces are ignored.")] string? routeway,
                int page = 1,
                int pageSize = PagingDefaults.PageSize) =>
                new ListFundingModels(dpsId, categoryId, routeway, page, pageSize))
            .WithSummary("List funding models")
            .WithDescription("Pages through funding models, optionally of one DPS, category or routeway. Every role may read them (buyers price business cases with them), but a buyer sees only those of the DPSs its authority takes part in (as lead or participant): a `dpsId` or `categoryId` of any other DPS answers 404.")
            .ProducesProblems(404);

        models.MapGetVersioned<FundingModelResponse>("{fundingModelId:guid}", "GetFundingModel", DpsRoles.All, (Guid fundingModelId) =>
                new GetFundingModel(fundingModelId))
            .WithSummary("Get a funding model")
            .WithDescription("A buyer reads only those of the DPSs its authority takes part in (as lead or participant); any other answers 404. The ETag header carries the version to send back as If-Match.");

        models.MapPut("{fundingModelId:guid}", async (Guid fundingModelId, ChangeFundingModelRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var command = new ChangeFundingModel(fundingModelId, body.Shares?.ToDomain(), body.JobOutcome, EntityTags.IfMatch(http.Request));
                return VersionedResults.Ok(http, await mediator.Send(command, ct));
            })
            .RequireRoles(DpsRoles.Manager)
            .WithName("ChangeFundingModel")
            .WithSummary("Change a funding model")
            .WithDescription("Replaces the shares and the job-outcome definition (omitted members take the defaults, 4 weeks within 13); the DPS and its category or routeway stay. Send the ETag you read as If-Match; a stale version is refused with 412.")
            .AcceptsIfMatch()
            .ProducesProblems(400, 404, 409, 412, 422);
    }
}
