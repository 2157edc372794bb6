using Dps.BuildingBlocks.Application.Messaging;

namespace Dps.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// Splits a batch into at most <c>lanes</c> lanes delivered side by side: all the events of one subject
/// (<see cref="IntegrationEventSubject"/>) in one lane, in the batch's order, so no two lanes change the same thing.
/// </summary>
internal static class OutboxLanes
{
    public static List<List<T>> Split<T>(IEnumerable<T> batch, Func<T, IntegrationEvent> eventOf, int lanes) =>
        [.. batch
            .GroupBy(item => IntegrationEventSubject.Of(eventOf(item)))
            .Select((subject, i) => (Subject: subject, Lane: i % lanes))
            .GroupBy(s => s.Lane, s => s.Subject)
            .Select(lane => lane.SelectMany(subject => subject).ToList())];
}
