using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Http;
using FluentValidation;

namespace Dps.Api.Sandbox;

public static class SandboxClockEndpoints
{
    public sealed record ClockResponse(DateTimeOffset Now, TimeSpan Offset);

    /// <summary>Move the clock forward by <see cref="AdvanceBy"/> (e.g. "10.00:00:00" for ten days), or back to real time with <see cref="Reset"/>.</summary>
    public sealed record ClockChange(TimeSpan? AdvanceBy, bool Reset = false);

    private sealed class ClockChangeValidator : AbstractValidator<ClockChange>
    {
        public static readonly ClockChangeValidator Instance = new();

        private ClockChangeValidator()
        {
            RuleFor(c => c.AdvanceBy).NotNull().Unless(c => c.Reset).WithMessage("Give 'AdvanceBy' (e.g. \"10.00:00:00\") or 'Reset': true.");
            RuleFor(c => c.AdvanceBy).GreaterThan(TimeSpan.Zero).WithMessage("The clock only moves forward; use 'Reset' to return to real time.");
        }
    }

    public static void MapSandboxClock(this IEndpointRouteBuilder api)
    {
        var clock = api.MapGroup("/sandbox/clock").WithTags("Sandbox").RequireRoles(DpsRoles.All);

        clock.MapGet("", (SandboxClock sandbox) => TypedResults.Ok(new ClockResponse(sandbox.GetUtcNow(), sandbox.Offset)))
            .WithName("GetSandboxClock")
            .WithSummary("Read the platform clock (sandbox only)");

        clock.MapPost("", (ClockChange change, SandboxClock sandbox) =>
            {
                ClockChangeValidator.Instance.ValidateAndThrow(change);
                if (change.Reset)
                {
                    sandbox.Reset();
                }

                if (change.AdvanceBy is { } duration)
                {
                    sandbox.AdvanceBy(duration);
                }

                return TypedResults.Ok(new ClockResponse(sandbox.GetUtcNow(), sandbox.Offset));
            })
            .WithName("AdvanceSandboxClock")
            .WithSummary("Advance the platform clock (sandbox only)")
            .WithDescription("Moves every deadline computation forward, e.g. to pass a referral's response deadline or an application's decision date.")
            .ProducesProblems(400);
    }
}
