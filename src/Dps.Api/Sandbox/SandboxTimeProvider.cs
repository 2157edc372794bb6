namespace Dps.Api.Sandbox;

/// <summary>
/// The platform clock in a sandbox: real time plus the offset stored in platform.sandbox_clock, as this process last
/// read it. <see cref="SandboxClockRefresher"/> re-reads it every Sandbox:RefreshInterval; a move made here is seen at once.
/// </summary>
internal sealed class SandboxTimeProvider(TimeProvider real, TimeSpan maxAdvance) : TimeProvider
{
    private SandboxClockReading _last = SandboxClockReading.RealTime;

    public TimeSpan Offset => Volatile.Read(ref _last).Offset;

    public override DateTimeOffset GetUtcNow() => real.GetUtcNow() + Offset;

    /// <summary>
    /// Takes a reading unless it is older than one already seen (a refresh that started before a move here must not undo
    /// it). The offset is kept within [0, max advance] whatever the row holds, so the clock can never overflow.
    /// </summary>
    public void Observe(SandboxClockReading reading)
    {
        var bounded = reading with { Offset = TimeSpan.FromTicks(Math.Clamp(reading.Offset.Ticks, 0, maxAdvance.Ticks)) };
        var seen = Volatile.Read(ref _last);
        while (bounded.Version > seen.Version)
        {
            var before = Interlocked.CompareExchange(ref _last, bounded, seen);
            if (ReferenceEquals(before, seen))
            {
                return;
            }

            seen = before;
        }
    }
}
