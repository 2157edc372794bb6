namespace Dps.Api.Webhooks;

/// <summary>Configuration section <c>Webhooks</c>, with its defaults.</summary>
public sealed class WebhookSettings
{
    public const string Section = "Webhooks";

    /// <summary>Whether this process delivers webhooks (any number of replicas may: each subscription is leased to one at a time).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often a subscription with nothing to deliver looks for new events.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The events delivered to one subscription per lease.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>How long one POST may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a replica holds a subscription while it delivers; after a crash, another takes it over then.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The wait after the first failure; it doubles after each further one, up to <see cref="MaxRetryInterval"/>.</summary>
    public TimeSpan FirstRetryAfter { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long an event is retried before it is abandoned (logged) and delivery goes on with the next.</summary>
    public TimeSpan RetryFor { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Whether plain http URLs are accepted (Development only by default): outside it, https.</summary>
    public bool AllowHttp { get; set; }

    /// <summary>Whether URLs may reach loopback, private or link-local addresses (refused by default: no request forgery into the platform's network).</summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>32 bytes, base64, from which each subscription's signing secret is derived; never in the database.</summary>
    public string? SecretKey { get; set; }

    /// <summary>The <see cref="SecretKey"/>'s 32 bytes; null unless it is 32 bytes in base64.</summary>
    public byte[]? Key()
    {
        var bytes = new byte[64];
        return SecretKey is not null && Convert.TryFromBase64String(SecretKey, bytes, out var written) && written == 32 ? bytes[..32] : null;
    }

    public TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromTicks(Math.Min(MaxRetryInterval.Ticks, FirstRetryAfter.Ticks * (1L << Math.Min(attempts - 1, 30))));
}
