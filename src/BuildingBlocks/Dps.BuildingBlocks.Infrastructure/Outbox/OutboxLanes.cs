using Dps.BuildingBlocks.Application.Messaging;

namespace Dps.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// Splits a batch into lanes delivered side by side: all the events of one subject (<see cref="IntegrationEventSubject"/>)
/// in one lane, in the batch's order, so no two lanes change the same thing.
/// </summary>
internal static class OutboxLanes
{
    /// <summary>
    /// A lane costs three statements of its own (its transaction and its inbox read), so a small batch takes fewer
    /// lanes: one for each this many events, up to the concurrency allowed.
    /// </summary>
    public const int EventsPerLane = 8;

    public static List<List<T>> Split<T>(IReadOnlyCollection<T> batch, Func<T, IntegrationEvent> eventOf, int concurrency)
    {
        var lanes = Math.Clamp(batch.Count / EventsPerLane, 1, concurrency);
        return [.. batch
            .GroupBy(item => IntegrationEventSubject.Of(eventOf(item)))
            .Select((subject, i) => (Subject: subject, Lane: i % lanes))
            .GroupBy(s => s.Lane, s => s.Subject)
            .Select(lane => lane.SelectMany(subject => subject).ToList())];
    }
}
