namespace Dps.Api.Sandbox;

/// <summary>The one row of platform.sandbox_clock: how far ahead of real time the platform clock is, and who last moved it.</summary>
internal sealed class SandboxClock
{
    public const int TheOnlyId = 1;

    public int Id { get; private set; } = TheOnlyId;

    /// <summary>Never negative: the clock is never behind real time.</summary>
    public TimeSpan Offset { get; private set; }

    /// <summary>Counts the moves, so that a process keeps the newest offset it has seen.</summary>
    public long Version { get; private set; }

    /// <summary>The real time of the last move.</summary>
    public DateTimeOffset? MovedAt { get; private set; }

    public string? MovedBy { get; private set; }

    public SandboxClockReading Reading => new(Offset, Version);

    public void MoveTo(TimeSpan offset, string actorId, DateTimeOffset realNow)
    {
        // PostgreSQL's interval keeps whole microseconds; keep what every replica will read back.
        Offset = TimeSpan.FromTicks(offset.Ticks - (offset.Ticks % TimeSpan.TicksPerMicrosecond));
        Version++;
        MovedAt = realNow;
        MovedBy = actorId;
    }
}

/// <summary>The stored offset as one process read it, and the move (<see cref="SandboxClock.Version"/>) it came from.</summary>
internal sealed record SandboxClockReading(TimeSpan Offset, long Version)
{
    public static readonly SandboxClockReading RealTime = new(TimeSpan.Zero, 0);
}
