using System.ComponentModel;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using Dps.ContractManagement.Application.Reports;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dps.ContractManagement.Infrastructure.Api;

internal static class ReportEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/reports/benchmarks", async (
                [Description("Only the awards of this category.")] Guid? categoryId,
                [Description("The first quarter of award, as `YYYY-Qn`.")] string? from,
                [Description("The last quarter of award, as `YYYY-Qn`; not before `from`.")] string? to,
                IMediator mediator,
                CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetBenchmarks(categoryId, from, to), ct)))
            .RequireRoles(DpsRoles.Manager, DpsRoles.Auditor, DpsRoles.Buyer)
            .WithTags("Reports")
            .WithName("GetBenchmarks")
            .WithSummary("Benchmark the awards across the partners")
            .WithDescription("Per category, authority and quarter of award, and over all of them: the awards; the weekly-equivalent price (a month is 52 ÷ 12 weeks, a year 52; prices per participant have none) as lower quartile, median and upper quartile, interpolated between ranks as spreadsheets' QUARTILE.INC; the mean bids (or offers) per competed award; the median working days from publication (or the business case's submission) to award, on the scheme's bank-holiday calendar; and the SMEs' share of awards and of value (weekly equivalent × term × places, or price per participant × places). The DPS manager and auditors see every authority named; a buyer sees its own named and each other authority as `Authority A`, `Authority B`… (in the order of their ids: stable within the report, `id` null).")
            .Produces<BenchmarkReport>()
            .ProducesProblems(400);
    }
}
