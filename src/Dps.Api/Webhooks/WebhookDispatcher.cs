using System.Text.Json;
using Dps.Api.Database;
using Dps.Api.Feed;
using Dps.BuildingBlocks.Application.Security;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dps.Api.Webhooks;

/// <summary>
/// Delivers the change feed to each subscription, in feed order, from its cursor: the feed is written in each change's
/// own transaction, so it is the outbox, and a crash loses nothing — the cursor moves only once the subscriber has
/// answered 2xx, so an event may come twice (with the same id), never not at all. One replica at a time holds a
/// subscription, by a lease (<see cref="WebhookSettings.Lease"/>) taken and given back in short statements: no
/// transaction stays open while a subscriber is called, which would hold the feed back for every reader.
/// </summary>
internal sealed partial class WebhookDispatcher(
    IServiceScopeFactory scopes,
    WebhookSender sender,
    TimeProvider clock,
    IOptions<WebhookSettings> options,
    IOptions<JsonOptions> json,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{

    private WebhookSettings Settings => options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Settings.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var busy = false;
            try
            {
                busy = await DeliverNextAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogDeliveryFailed(exception);
            }

            if (!busy)
            {
                await Task.Delay(Settings.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <returns>Whether a subscription was due (so another may be too).</returns>
    private async Task<bool> DeliverNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var token = Guid.NewGuid();
        var now = clock.GetUtcNow();
        var leased = await db.WebhookSubscriptions.FromSql($"""
            UPDATE platform.webhook_subscriptions SET leased_until = {now + Settings.Lease}, lease_token = {token}
            WHERE id = (SELECT id FROM platform.webhook_subscriptions
                        WHERE next_attempt_at <= {now} AND (leased_until IS NULL OR leased_until <= {now})
                        ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING *
            """).AsNoTracking().ToListAsync(cancellationToken);
        if (leased is not [var subscription])
        {
            return false;
        }

        var delivery = new Lease(db, subscription, token);
        try
        {
            await DeliverBatchAsync(delivery, cancellationToken);
        }
        finally
        {
            await delivery.ReleaseAsync(delivery.NextAttemptAt ?? clock.GetUtcNow() + Settings.PollInterval);
        }

        return true;
    }

    private async Task DeliverBatchAsync(Lease lease, CancellationToken cancellationToken)
    {
        var subscription = lease.Subscription;
        var events = await FeedQuery.After(lease.Db, lease.Cursor, ScopeOf(subscription)).Take(Settings.BatchSize).ToListAsync(cancellationToken);
        var secret = WebhookSignature.SecretOf(Settings.Key()!, subscription.SecretSalt);
        foreach (var entry in events)
        {
            if (!WebhookEventTypes.Match(subscription.EventTypes, entry.Type))
            {
                lease.Cursor = FeedQuery.CursorOf(entry);
                continue;
            }

            var feedEvent = FeedQuery.ToEvent(entry);
            var body = JsonSerializer.SerializeToUtf8Bytes(feedEvent, json.Value.SerializerOptions);
            var (status, error, duration) = await sender.SendAsync(subscription.Url, secret, entry.Id, entry.Type, body, cancellationToken);
            var now = clock.GetUtcNow();
            var attempt = lease.Attempts + 1;
            if (error is null)
            {
                lease.Delivered(FeedQuery.CursorOf(entry));
                if (!await lease.RecordAsync(entry, attempt, WebhookDeliveryOutcome.Delivered, status, null, duration, now))
                {
                    return;
                }

                continue;
            }

            lease.FailingSince ??= now;
            if (now - lease.FailingSince >= Settings.RetryFor)
            {
                lease.Delivered(FeedQuery.CursorOf(entry));
                await lease.RecordAsync(entry, attempt, WebhookDeliveryOutcome.Abandoned, status, error, duration, now);
                LogAbandoned(entry.Id, subscription.Id, Settings.RetryFor);
                continue;
            }

            lease.Attempts = attempt;
            lease.NextAttemptAt = now + Settings.RetryDelay(attempt);
            await lease.RecordAsync(entry, attempt, WebhookDeliveryOutcome.Failed, status, error, duration, now);
            return;
        }

        lease.NextAttemptAt = events.Count == Settings.BatchSize ? clock.GetUtcNow() : null;
    }

    private static FeedScope ScopeOf(WebhookSubscription subscription) =>
        new(subscription.OwnerRole is DpsRoles.Manager or DpsRoles.Auditor, subscription.SupplierId, subscription.AuthorityId);

    /// <summary>A subscription while this replica holds it: each write is guarded by the lease's token, so a lost lease writes nothing.</summary>
    private sealed class Lease(PlatformDbContext db, WebhookSubscription subscription, Guid token)
    {
        public PlatformDbContext Db => db;

        public WebhookSubscription Subscription => subscription;

        public FeedCursor Cursor { get; set; } = new(subscription.CursorTransactionId, subscription.CursorPosition);

        public int Attempts { get; set; } = subscription.Attempts;

        public DateTimeOffset? FailingSince { get; set; } = subscription.FailingSince;

        public DateTimeOffset? NextAttemptAt { get; set; }

        public void Delivered(FeedCursor cursor) => (Cursor, Attempts, FailingSince) = (cursor, 0, null);

        /// <summary>Logs the attempt and keeps where delivery stands, together; false if the lease was lost (replayed, removed or expired).</summary>
        public async Task<bool> RecordAsync(
            Dps.BuildingBlocks.Infrastructure.Feed.FeedEntry entry, int attempt, WebhookDeliveryOutcome outcome, int? status, string? error, int duration, DateTimeOffset now)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
            if (await SaveAsync(null) == 0)
            {
                return false;
            }

            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO platform.webhook_deliveries (id, subscription_id, event_id, event_type, attempt, attempted_at, outcome, status_code, error, duration_ms)
                VALUES ({Guid.CreateVersion7(now)}, {subscription.Id}, {entry.Id}, {entry.Type}, {attempt}, {now}, {outcome.ToString()}, {status}, {error}, {duration})
                """, CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
            return true;
        }

        public Task ReleaseAsync(DateTimeOffset nextAttemptAt) => SaveAsync(nextAttemptAt);

        private Task<int> SaveAsync(DateTimeOffset? releaseUntil) => db.Database.ExecuteSqlAsync($"""
            UPDATE platform.webhook_subscriptions SET cursor_transaction_id = {Cursor.TransactionId}, cursor_position = {Cursor.Position}, attempts = {Attempts},
                failing_since = {FailingSince},
                next_attempt_at = coalesce({releaseUntil}, next_attempt_at),
                leased_until = CASE WHEN {releaseUntil is null} THEN leased_until END,
                lease_token = CASE WHEN {releaseUntil is null} THEN lease_token END
            WHERE id = {subscription.Id} AND lease_token = {token}
            """, CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery failed")]
    private partial void LogDeliveryFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook event {EventId} to subscription {SubscriptionId} failed for {RetryFor}: abandoned")]
    private partial void LogAbandoned(Guid eventId, Guid subscriptionId, TimeSpan retryFor);
}
