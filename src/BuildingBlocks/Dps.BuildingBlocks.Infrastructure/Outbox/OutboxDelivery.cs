using System.Text.Json;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Infrastructure.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dps.BuildingBlocks.Infrastructure.Outbox;

/// <summary>Delivers a module's pending outbox messages, a batch at a time; the <see cref="OutboxProcessor{TContext}"/> calls it in the background.</summary>
public interface IOutboxDelivery
{
    /// <returns>Whether a full batch was delivered without failures, so more may be waiting.</returns>
    Task<bool> DeliverBatchAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Delivers in-process to the subscribers of other modules, at least once: a message is marked processed only after
/// its subscribers succeeded, in the transaction that locked it.
/// </summary>
internal sealed partial class OutboxDelivery<TContext>(
    IServiceScopeFactory scopes, IOptions<OutboxOptions> options, TimeProvider clock, ILogger<OutboxDelivery<TContext>> logger)
    : IOutboxDelivery
    where TContext : ModuleDbContext
{
    public async Task<bool> DeliverBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The schema is the module's own constant; the numbers go as parameters.
        var lockPending = $"SELECT * FROM {db.Schema}.outbox_messages WHERE processed_at IS NULL AND attempts < {{0}} "
            + "ORDER BY occurred_at, id LIMIT {1} FOR UPDATE SKIP LOCKED";
        var batch = await db.OutboxMessages
            .FromSqlRaw(lockPending, options.Value.MaxAttempts, options.Value.BatchSize)
            .ToListAsync(cancellationToken);

        var failures = 0;
        foreach (var message in batch)
        {
            try
            {
                await PublishAsync(message, cancellationToken);
                message.ProcessedAt = clock.GetUtcNow();
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                failures++;
                message.Attempts++;
                message.LastError = exception.ToString();
                LogDeliveryFailed(message.Type, message.Id, message.Attempts, exception);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return batch.Count == options.Value.BatchSize && failures == 0;
    }

    private async Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var type = Type.GetType(message.Type, throwOnError: false);
        if (type is null || !typeof(IntegrationEvent).IsAssignableFrom(type))
        {
            throw new InvalidOperationException($"Outbox message {message.Id} names an unknown integration event type '{message.Type}'.");
        }

        var integrationEvent = (IntegrationEvent)JsonSerializer.Deserialize(message.Payload, type, IntegrationEventJson.Options)!;
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>().Action = type.Name;
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(integrationEvent, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery of {Type} {MessageId} failed (attempt {Attempts})")]
    private partial void LogDeliveryFailed(string type, Guid messageId, int attempts, Exception exception);
}
