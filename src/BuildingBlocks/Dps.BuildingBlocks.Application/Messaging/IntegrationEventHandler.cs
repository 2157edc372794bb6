using MediatR;

namespace Dps.BuildingBlocks.Application.Messaging;

/// <summary>
/// Base of every consumer of another module's events: the inbox row and the consumer's changes
/// commit together, so a redelivered event changes nothing twice.
/// </summary>
public abstract class IntegrationEventHandler<TEvent>(IModuleDb db) : INotificationHandler<TEvent>
    where TEvent : IntegrationEvent
{
    public async Task Handle(TEvent notification, CancellationToken cancellationToken)
    {
        var consumer = GetType().FullName!;
        if (await db.HasProcessedAsync(notification.Id, consumer, cancellationToken))
        {
            return;
        }

        await HandleOnceAsync(notification, cancellationToken);
        db.MarkProcessed(notification, consumer);
        await db.SaveChangesAsync(cancellationToken);
    }

    protected abstract Task HandleOnceAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
