using System.Collections.Concurrent;
using Dps.Referral.IntegrationEvents;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Dps.IntegrationTests.Infrastructure;

/// <summary>
/// Stands in for modules not built yet (Evaluation): records every event of the kinds it subscribes to as the outbox
/// delivers them, so a test sees what a consumer would receive and how often.
/// </summary>
public sealed class ReceivedEvents
{
    public ConcurrentQueue<CompetitionClosedIntegrationEvent> CompetitionsClosed { get; } = new();
}

internal sealed class CompetitionClosedSubscriber(ReceivedEvents received) : INotificationHandler<CompetitionClosedIntegrationEvent>
{
    public Task Handle(CompetitionClosedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        received.CompetitionsClosed.Enqueue(notification);
        return Task.CompletedTask;
    }
}

public static class TestSubscriberRegistration
{
    public static IServiceCollection AddTestSubscribers(this IServiceCollection services) => services
        .AddSingleton<ReceivedEvents>()
        .AddScoped<INotificationHandler<CompetitionClosedIntegrationEvent>, CompetitionClosedSubscriber>();
}
