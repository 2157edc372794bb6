namespace Dps.Api.Idempotency;

/// <summary>Configuration section <c>Idempotency</c>: how long a key answers with its first response (default 24 hours).</summary>
public sealed class IdempotencySettings
{
    public const string Section = "Idempotency";

    public TimeSpan KeyLifetime { get; set; } = TimeSpan.FromHours(24);
}
