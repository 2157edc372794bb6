namespace Dps.Api.Idempotency;

/// <summary>
/// Configuration section <c>Idempotency</c>: how long a key answers with its first response (default 24 hours), and how
/// often each process deletes the expired ones (default hourly).
/// </summary>
public sealed class IdempotencySettings
{
    public const string Section = "Idempotency";

    public TimeSpan KeyLifetime { get; set; } = TimeSpan.FromHours(24);

    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);
}
