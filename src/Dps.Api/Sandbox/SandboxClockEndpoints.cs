using System.ComponentModel;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using MediatR;
using Microsoft.Extensions.Options;

namespace Dps.Api.Sandbox;

internal static class SandboxClockEndpoints
{
    public sealed record ClockChange(
        TimeSpan? AdvanceBy,
        [property: Description("If true, the clock first returns to real time, then moves forward by `advanceBy` if given; default false.")] bool Reset = false);

    public sealed record ClockResponse(
        [property: Description("The platform's time now (UTC): real time plus the offset.")] DateTimeOffset Now,
        TimeSpan Offset,
        TimeSpan MaxAdvance);

    public static void MapSandboxClock(this IEndpointRouteBuilder api)
    {
        var clock = api.MapGroup("/sandbox/clock").WithTags("Sandbox");

        clock.MapGet("", (SandboxTimeProvider time, IOptions<SandboxSettings> options) => TypedResults.Ok(Show(time, options)))
            .RequireRoles(DpsRoles.All)
            .WithName("GetSandboxClock")
            .WithSummary("Read the platform clock (sandbox only)")
            .WithDescription("The platform time, how far ahead of real time it is, and how far ahead it may be moved.");

        clock.MapPost("", async (ClockChange change, IMediator mediator, SandboxTimeProvider time, IOptions<SandboxSettings> options, CancellationToken ct) =>
            {
                // This process sees the move at once; the other replicas within Sandbox:RefreshInterval.
                time.Observe(await mediator.Send(new MoveSandboxClock(change.AdvanceBy, change.Reset), ct));
                return TypedResults.Ok(Show(time, options));
            })
            .RequireRoles(DpsRoles.Manager)
            .WithName("AdvanceSandboxClock")
            .WithSummary("Advance the platform clock (sandbox only)")
            .WithDescription(
                "Moves every deadline computation forward, e.g. to pass a referral's response deadline or an application's decision date: "
                + "`advanceBy` (e.g. \"10.00:00:00\") adds to the offset, `reset: true` returns to real time. The clock is never behind real "
                + "time nor more than `maxAdvance` (Sandbox:MaxAdvance, five years by default) ahead of it. Every move is in the audit trail.")
            .ProducesProblems(400);
    }

    private static ClockResponse Show(SandboxTimeProvider time, IOptions<SandboxSettings> options) =>
        new(time.GetUtcNow(), time.Offset, options.Value.MaxAdvance);
}
