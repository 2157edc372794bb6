using System.ComponentModel;
using System.Text.Json.Nodes;
using Dps.BuildingBlocks.Infrastructure.Audit;
using Dps.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dps.BuildingBlocks.Infrastructure.Outbox;

/// <summary>An outbox message delivery gave up on, as operators see it.</summary>
public sealed record ParkedOutboxMessage(
    [property: Description("The module whose outbox holds the event, e.g. `qualification`.")] string Module,
    Guid Id,
    [property: Description("The event's type, by its full name.")] string Type,
    [property: Description("When the event happened (UTC).")] DateTimeOffset OccurredAt,
    [property: Description("How many delivery attempts failed.")] int Attempts,
    [property: Description("The error of the last failed attempt.")] string? LastError,
    [property: Description("When its delivery first failed (UTC); it was parked once `Outbox:GiveUpAfter` had passed since then.")] DateTimeOffset? FirstFailedAt,
    [property: Description("When delivery gave up on it and parked it (UTC).")] DateTimeOffset ParkedAt,
    JsonNode? Payload);

/// <summary>The parked messages of one module's outbox (a module that publishes events); the host merges the modules'.</summary>
public interface IParkedOutboxMessages
{
    string Module { get; }

    Task<int> CountAsync(CancellationToken cancellationToken);

    /// <summary>The <paramref name="take"/> most recently parked, newest first.</summary>
    Task<IReadOnlyList<ParkedOutboxMessage>> ReadNewestAsync(int take, CancellationToken cancellationToken);

    /// <summary>Makes a parked message due again, with a fresh retry schedule, and audits that; false if no message of that id is parked.</summary>
    Task<bool> RedeliverAsync(Guid messageId, CancellationToken cancellationToken);
}

internal sealed class ParkedOutboxMessages<TContext>(TContext db, ModuleDbDependencies dependencies) : IParkedOutboxMessages
    where TContext : ModuleDbContext
{
    public string Module => db.Schema;

    public Task<int> CountAsync(CancellationToken cancellationToken) =>
        db.OutboxMessages.CountAsync(m => m.ParkedAt != null, cancellationToken);

    public async Task<IReadOnlyList<ParkedOutboxMessage>> ReadNewestAsync(int take, CancellationToken cancellationToken)
    {
        var parked = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.ParkedAt != null)
            .OrderByDescending(m => m.ParkedAt).ThenByDescending(m => m.Id)
            .Take(take)
            .ToListAsync(cancellationToken);
        return parked.Select(m => new ParkedOutboxMessage(
            Module, m.Id, m.Type.Split(',')[0], m.OccurredAt, m.Attempts, m.LastError, m.FirstFailedAt, m.ParkedAt!.Value, JsonNode.Parse(m.Payload))).ToList();
    }

    public async Task<bool> RedeliverAsync(Guid messageId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var lockParked = $"SELECT * FROM {db.Schema}.outbox_messages WHERE id = {{0}} AND {MessagingMigration.ParkedFilter} FOR UPDATE";
        var message = (await db.OutboxMessages.FromSqlRaw(lockParked, messageId).ToListAsync(cancellationToken)).SingleOrDefault();
        if (message is null)
        {
            return false;
        }

        message.Attempts = 0;
        message.FirstFailedAt = null;
        message.NextAttemptAt = null;
        message.ParkedAt = null;
        AuditTrailWriter.Append(db, dependencies, [db.Entry(message)]);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        dependencies.OutboxSignals.Of(db.GetType())?.Notify();
        return true;
    }
}
