namespace Dps.Api.Sandbox;

/// <summary>The platform clock in a sandbox: real time plus an offset testers move forward to pass deadlines.</summary>
public sealed class SandboxClock(TimeProvider real) : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => real.GetUtcNow() + Offset;

    public void AdvanceBy(TimeSpan duration) => Interlocked.Add(ref _offsetTicks, duration.Ticks);

    public void Reset() => Interlocked.Exchange(ref _offsetTicks, 0);
}
