using System.ComponentModel;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.ContractManagement.Application.Outcomes;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dps.ContractManagement.Infrastructure.Api;

internal static class OutcomeEndpoints
{
    /// <summary>Which measure is reported (e.g. <c>ActionPlan</c>), whether it was met, the evidence and its reference.</summary>
    public sealed record OutcomeReportRequest(
        [property: Description("The code of the measure reported, one the contract has: e.g. `ActionPlan` or `JobOutcome` for a DWP call-off, `ReferralOutcomes` for a SET placement.")] string Measure,
        [property: Description("Whether the measure was met on the contract, e.g. the completer left with an action plan.")] bool Met,
        [property: Description("What shows it, e.g. the review meeting's minutes; at most 4,000 characters.")] string Evidence,
        [property: Description("The reference of the document or record behind the evidence; at most 200 characters.")] string Reference);

    public static void Map(IEndpointRouteBuilder api)
    {
        var contracts = api.MapGroup("/contracts").WithTags("Outcomes");

        contracts.MapGet("{contractId:guid}/outcomes", async (Guid contractId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetContractOutcomes(contractId), ct)))
            .RequireRoles(DpsRoles.All)
            .WithName("GetContractOutcomes")
            .WithSummary("Get a contract's outcome measures and its supplier's reports")
            .WithDescription("The measures the contract's category sets for its kind — by default, for a DWP call-off `ActionPlan` (expected: 100% of completers) and, where its funding model pays a job outcome, `JobOutcome` (expected: 30–60%); for a SET placement `ReferralOutcomes` (the outcomes its referral named; no expectation unless the scheme sets one) — each with the category's expectation, the last day to report it (completion + the measure's weeks: 4, or 13 for a job outcome) and the supplier's report. Whoever may read the contract may read them.")
            .Produces<ContractOutcomesResponse>()
            .ProducesProblems(404);

        contracts.MapPost("{contractId:guid}/outcomes", async (Guid contractId, OutcomeReportRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var report = await mediator.Send(new ReportOutcome(contractId, body.Measure, body.Met, body.Evidence, body.Reference), ct);
                return TypedResults.Created(http.PathOf("GetContractOutcomes", new { contractId }), report);
            })
            .RequireRoles(DpsRoles.Supplier)
            .WithName("ReportOutcome")
            .WithSummary("Report an outcome measure on a completed contract")
            .WithDescription("The contract's supplier reports whether one of its measures was met — e.g. `ActionPlan` met: the completer left with an action plan — with `evidence` and a `reference`. Refused: a measure the contract does not have (422, rule `OutcomeMeasureMustApplyToTheContract`); a contract not yet completed (409, rule `OutcomeFollowsCompletion`); a measure already reported (409, rule `OutcomeIsReportedOnce`). A completer still unreported when its window has passed counts as not met in the performance report.")
            .Produces<OutcomeReportResponse>(StatusCodes.Status201Created)
            .ProducesProblems(400, 404, 409, 422);

        api.MapGet("/reports/outcomes", async (
                [Description("Only the contracts of this category.")] Guid? categoryId,
                [Description("Only the contracts of this establishment.")] Guid? establishmentId,
                IMediator mediator,
                CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetOutcomePerformance(categoryId, establishmentId), ct)))
            .RequireRoles(DpsRoles.All)
            .WithTags("Reports")
            .WithName("GetOutcomePerformance")
            .WithSummary("Outcome measures per category and establishment, against the category's expectation")
            .WithDescription("Over the completed contracts the caller may see (a buyer its authority's, a supplier its own, the DPS manager and auditors all): for each category and each establishment in it, each measure's completers, how many are counted (reported, or unreported past the reporting window — then as not met), pending, met, the percentage met of those counted (one decimal) and its `standing` against the category's expectation: `Below`, `Within`, `Exceeds` (above the top of a range such as 30–60%), `NoExpectation` or `NotMeasured` (none counted). Establishments with a measure below expectation come first, flagged `belowExpectation`.")
            .Produces<OutcomePerformanceReport>()
            .ProducesProblems(400);
    }
}
