namespace Dps.BuildingBlocks.Infrastructure.Outbox;

/// <summary>What becomes of a message whose delivery just failed: tried again at <see cref="NextAttemptAt"/>, or parked.</summary>
internal readonly record struct RetryDecision(DateTimeOffset? NextAttemptAt)
{
    public bool Parked => NextAttemptAt is null;
}

/// <summary>Exponential back-off with jitter up to a ceiling, until the give-up time has passed since the first failure.</summary>
internal static class OutboxRetrySchedule
{
    /// <summary>Beyond this many doublings every wait is the ceiling anyway (and 2^n would overflow).</summary>
    private const int MaxDoublings = 30;

    /// <param name="failures">The failed attempts so far, this one included (at least 1).</param>
    /// <param name="random">Uniform in [0, 1): 0.5 is the wait without jitter, 0 the shortest, towards 1 the longest.</param>
    public static TimeSpan DelayAfter(int failures, OutboxOptions options, double random)
    {
        var doublings = Math.Clamp(failures - 1, 0, MaxDoublings);
        var delay = Math.Min(options.RetryCeiling.TotalMilliseconds, options.RetryBase.TotalMilliseconds * Math.Pow(2, doublings));
        var jitter = options.RetryJitter * ((2 * random) - 1);
        return TimeSpan.FromMilliseconds(delay * (1 + jitter));
    }

    public static RetryDecision After(int failures, DateTimeOffset firstFailedAt, DateTimeOffset now, OutboxOptions options, double random) =>
        now - firstFailedAt >= options.GiveUpAfter
            ? new RetryDecision(null)
            : new RetryDecision(now + DelayAfter(failures, options, random));
}
