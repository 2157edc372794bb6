namespace Dps.BuildingBlocks.Infrastructure.Outbox;

public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Turn off to hold events in the outbox (e.g. to simulate a process that dies before delivery).</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public int BatchSize { get; set; } = 50;

    /// <summary>After this many failed deliveries a message is left for an operator (see its last_error).</summary>
    public int MaxAttempts { get; set; } = 10;
}
