using Dps.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dps.BuildingBlocks.Infrastructure.Outbox;

/// <summary>Delivers a module's due outbox messages, a batch at a time; the <see cref="OutboxProcessor{TContext}"/> calls it in the background.</summary>
public interface IOutboxDelivery
{
    /// <returns>Whether the batch was full, so more may be due.</returns>
    Task<bool> DeliverBatchAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Delivers in-process to the subscribers of other modules, at least once: a message is marked processed only after
/// its subscribers succeeded, in the transaction that locked it. A failed message is due again after a back-off
/// (<see cref="OutboxRetrySchedule"/>), and parked once delivery gives up on it.
/// </summary>
internal sealed partial class OutboxDelivery<TContext>(
    IServiceScopeFactory scopes, OutboxPublisher publisher, IOptions<OutboxOptions> options, TimeProvider clock, ILogger<OutboxDelivery<TContext>> logger)
    : IOutboxDelivery
    where TContext : ModuleDbContext
{
    public async Task<bool> DeliverBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The schema is the module's own constant; the values go as parameters.
        var lockDue = $"SELECT * FROM {db.Schema}.outbox_messages WHERE {MessagingMigration.UndeliveredFilter} "
            + "AND (next_attempt_at IS NULL OR next_attempt_at <= {0}) ORDER BY occurred_at, id LIMIT {1} FOR UPDATE SKIP LOCKED";
        var batch = await db.OutboxMessages
            .FromSqlRaw(lockDue, clock.GetUtcNow(), options.Value.BatchSize)
            .ToListAsync(cancellationToken);

        var failures = await publisher.PublishAsync(batch, cancellationToken);
        var now = clock.GetUtcNow();
        var delivered = batch.Where(m => !failures.ContainsKey(m)).Select(m => m.Id).ToList();
        if (delivered.Count > 0)
        {
            await db.OutboxMessages.Where(m => delivered.Contains(m.Id))
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.ProcessedAt, now), cancellationToken);
        }

        foreach (var (message, exception) in failures)
        {
            ScheduleRetry(db.Schema, message, exception, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return batch.Count == options.Value.BatchSize;
    }

    private void ScheduleRetry(string module, OutboxMessage message, Exception exception, DateTimeOffset now)
    {
        message.Attempts++;
        message.LastError = exception.ToString();
        message.FirstFailedAt ??= now;
        var decision = OutboxRetrySchedule.After(message.Attempts, message.FirstFailedAt.Value, now, options.Value, Random.Shared.NextDouble());
        message.NextAttemptAt = decision.NextAttemptAt;
        if (decision.Parked)
        {
            message.ParkedAt = now;
            LogParked(module, message.Type, message.Id, message.Attempts, message.FirstFailedAt.Value, exception);
        }
        else
        {
            LogDeliveryFailed(message.Type, message.Id, message.Attempts, decision.NextAttemptAt!.Value, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery of {Type} {MessageId} failed (attempt {Attempts}); next attempt at {NextAttemptAt:O}")]
    private partial void LogDeliveryFailed(string type, Guid messageId, int attempts, DateTimeOffset nextAttemptAt, Exception exception);

    [LoggerMessage(
        Level = LogLevel.Error,
        Message = "Outbox message {Type} {MessageId} of {Module} is parked after {Attempts} failed attempts since {FirstFailedAt:O}: "
            + "nothing delivers it until an operator redelivers it (GET /api/v1/outbox/parked lists it)")]
    private partial void LogParked(string module, string type, Guid messageId, int attempts, DateTimeOffset firstFailedAt, Exception exception);
}
