using Dps.Api.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dps.Api.Idempotency;

/// <summary>
/// Deletes the idempotency keys whose lifetime has passed, every <see cref="IdempotencySettings.SweepInterval"/>, so the
/// table holds about a lifetime's keys. An expired key is never read (a repeat after it runs as new), so every replica
/// may sweep at once: the same DELETE twice is harmless.
/// </summary>
internal sealed partial class ExpiredKeySweeper(
    IServiceScopeFactory scopes, IOptions<IdempotencySettings> settings, TimeProvider clock, ILogger<ExpiredKeySweeper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.Value.SweepInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var now = clock.GetUtcNow();
                await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().IdempotentRequests
                    .Where(r => r.ExpiresAt <= now)
                    .ExecuteDeleteAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogSweepFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deleting expired idempotency keys failed; the next sweep tries again.")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
