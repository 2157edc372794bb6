using Dps.Api.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dps.Api.Sandbox;

/// <summary>
/// Reads the stored offset before the host serves its first request (so a restart keeps it), then every
/// Sandbox:RefreshInterval, so that every replica follows the moves made on the others.
/// </summary>
internal sealed partial class SandboxClockRefresher(
    IServiceScopeFactory scopes, SandboxTimeProvider time, IOptions<SandboxSettings> options, ILogger<SandboxClockRefresher> logger)
    : BackgroundService, IHostedLifecycleService
{
    private bool _failing;

    public Task StartingAsync(CancellationToken cancellationToken) =>
        options.Value.Enabled ? RefreshAsync(cancellationToken) : Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.RefreshInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RefreshAsync(stoppingToken);
        }
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var reading = await db.SandboxClocks.AsNoTracking()
                .Select(c => new SandboxClockReading(c.Offset, c.Version))
                .SingleOrDefaultAsync(cancellationToken);
            if (reading is not null)
            {
                time.Observe(reading);
            }

            _failing = false;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Once per outage: the last offset read stays in use meanwhile (real time if none was ever read).
            if (!_failing)
            {
                _failing = true;
                LogReadFailed(exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The sandbox clock could not be read; keeping the offset last read")]
    private partial void LogReadFailed(Exception exception);
}
