using Dps.Api.Database;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dps.Api.Sandbox;

/// <summary>Move the clock forward by <see cref="AdvanceBy"/> (e.g. "10.00:00:00" for ten days), or back to real time with <see cref="Reset"/> (then forward, if both are given).</summary>
internal sealed record MoveSandboxClock(TimeSpan? AdvanceBy, bool Reset = false) : ICommand<SandboxClockReading>;

internal sealed class MoveSandboxClockValidator : AbstractValidator<MoveSandboxClock>
{
    public MoveSandboxClockValidator(IOptions<SandboxSettings> options)
    {
        var max = options.Value.MaxAdvance;
        RuleFor(c => c.AdvanceBy).NotNull().Unless(c => c.Reset).WithMessage("Give 'AdvanceBy' (e.g. \"10.00:00:00\") or 'Reset': true.");
        RuleFor(c => c.AdvanceBy).GreaterThan(TimeSpan.Zero).WithMessage("The clock only moves forward; use 'Reset' to return to real time.");
        RuleFor(c => c.AdvanceBy).LessThanOrEqualTo(max).WithMessage($"The clock moves at most {max} ahead of real time (Sandbox:MaxAdvance).");
    }
}

/// <summary>
/// Locks the clock's row for the move, so that moves made at once add up and each is checked against the offset it
/// really moves from; the save audits it like any module's change.
/// </summary>
internal sealed class MoveSandboxClockHandler(PlatformDbContext db, ICurrentActor actor, IOptions<SandboxSettings> options)
    : IRequestHandler<MoveSandboxClock, SandboxClockReading>
{
    private const string LockTheClock = "SELECT * FROM platform.sandbox_clock FOR UPDATE";

    public async Task<SandboxClockReading> Handle(MoveSandboxClock command, CancellationToken cancellationToken)
    {
        var clock = (await db.SandboxClocks.FromSqlRaw(LockTheClock).ToListAsync(cancellationToken)).Single();
        var max = options.Value.MaxAdvance;
        var offset = (command.Reset ? TimeSpan.Zero : clock.Offset) + (command.AdvanceBy ?? TimeSpan.Zero);
        if (offset > max)
        {
            throw new ValidationException([new ValidationFailure(
                nameof(MoveSandboxClock.AdvanceBy),
                $"The clock is already {clock.Offset} ahead of real time, and moves at most {max} ahead (Sandbox:MaxAdvance).")]);
        }

        clock.MoveTo(offset, actor.Id, TimeProvider.System.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return clock.Reading;
    }
}
