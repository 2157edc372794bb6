using System.Text.Json;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Infrastructure.Persistence;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dps.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// Hands a batch of outbox messages to their subscribers in other modules. The events of one subject
/// (<see cref="IntegrationEventSubject"/>) stay in one lane, in order; up to <see cref="OutboxOptions.Concurrency"/>
/// lanes run side by side (<see cref="OutboxLanes"/>). A lane is delivered together when it can, else one message at a time.
/// </summary>
internal sealed partial class OutboxPublisher(IServiceScopeFactory scopes, IOptions<OutboxOptions> options, ILogger<OutboxPublisher> logger)
{

    /// <returns>The messages whose subscribers failed, with why; the others were handled and committed.</returns>
    public async Task<IReadOnlyDictionary<OutboxMessage, Exception>> PublishAsync(IReadOnlyList<OutboxMessage> batch, CancellationToken cancellationToken)
    {
        var failures = new Dictionary<OutboxMessage, Exception>();
        var events = new List<(OutboxMessage Message, IntegrationEvent Event)>();
        foreach (var message in batch)
        {
            try
            {
                events.Add((message, Deserialize(message)));
            }
            catch (Exception exception)
            {
                failures[message] = exception;
            }
        }

        var lanes = OutboxLanes.Split(events, e => e.Event, options.Value.Concurrency);
        foreach (var laneFailures in await Task.WhenAll(lanes.Select(lane => DeliverLaneAsync(lane, cancellationToken))))
        {
            foreach (var (message, exception) in laneFailures)
            {
                failures[message] = exception;
            }
        }

        return failures;
    }

    private async Task<List<(OutboxMessage, Exception)>> DeliverLaneAsync(List<(OutboxMessage Message, IntegrationEvent Event)> lane, CancellationToken cancellationToken)
    {
        var failures = new List<(OutboxMessage, Exception)>();
        if (lane.Count > 1 && await TryTogetherAsync(lane, cancellationToken))
        {
            return failures;
        }

        foreach (var (message, integrationEvent) in lane)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await PublishAsync(scope.ServiceProvider, integrationEvent, cancellationToken);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                failures.Add((message, exception));
            }
        }

        return failures;
    }

    /// <summary>
    /// The whole lane in one scope and one transaction per consuming module (<see cref="DeliveryUnitOfWork"/>). If any
    /// event fails, nothing of the lane is kept: it is delivered again one event at a time, so only that one fails.
    /// </summary>
    private async Task<bool> TryTogetherAsync(List<(OutboxMessage Message, IntegrationEvent Event)> lane, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<DeliveryUnitOfWork>();
        unitOfWork.Open(lane.Select(e => e.Event.Id));
        try
        {
            foreach (var (_, integrationEvent) in lane)
            {
                await PublishAsync(scope.ServiceProvider, integrationEvent, cancellationToken);
            }

            await unitOfWork.CommitAsync(cancellationToken);
            return true;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            LogDeliveringOneByOne(lane.Count, exception.Message);
            return false;
        }
    }

    private static IntegrationEvent Deserialize(OutboxMessage message)
    {
        var type = Type.GetType(message.Type, throwOnError: false);
        if (type is null || !typeof(IntegrationEvent).IsAssignableFrom(type))
        {
            throw new InvalidOperationException($"Outbox message {message.Id} names an unknown integration event type '{message.Type}'.");
        }

        return (IntegrationEvent)JsonSerializer.Deserialize(message.Payload, type, IntegrationEventJson.Options)!;
    }

    private static async Task PublishAsync(IServiceProvider services, IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        services.GetRequiredService<RequestContext>().Action = integrationEvent.GetType().Name;
        await services.GetRequiredService<IMediator>().Publish(integrationEvent, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Count} outbox messages failed together ({Reason}); delivering them one by one")]
    private partial void LogDeliveringOneByOne(int count, string reason);
}
