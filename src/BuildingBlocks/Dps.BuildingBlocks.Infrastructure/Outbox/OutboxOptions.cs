namespace Dps.BuildingBlocks.Infrastructure.Outbox;

public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Turn off to hold events in the outbox (e.g. to simulate a process that dies before delivery).</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public int BatchSize { get; set; } = 200;

    /// <summary>How many subjects' events of a batch are delivered side by side (those of one subject go one after another).</summary>
    public int Concurrency { get; set; } = 16;

    /// <summary>The wait after the first failed delivery; it doubles with each further failure.</summary>
    public TimeSpan RetryBase { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait between two attempts, however many have failed.</summary>
    public TimeSpan RetryCeiling { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Each wait is moved at random by up to this fraction either way, so failed messages do not all retry at once.</summary>
    public double RetryJitter { get; set; } = 0.2;

    /// <summary>A message whose first failure is older than this is parked: left for an operator, who sees it and may redeliver it.</summary>
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromHours(24);
}
