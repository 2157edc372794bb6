using Dps.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dps.BuildingBlocks.Infrastructure.Outbox;

/// <summary>Delivers a module's outbox in the background: at once when a transaction that wrote to it commits, else every poll interval.</summary>
internal sealed partial class OutboxProcessor<TContext>(
    OutboxDelivery<TContext> delivery,
    OutboxSignals signals,
    IOptions<OutboxOptions> options,
    ILogger<OutboxProcessor<TContext>> logger) : BackgroundService
    where TContext : ModuleDbContext
{
    private readonly OutboxSignal _signal = signals.Of(typeof(TContext))
        ?? throw new InvalidOperationException($"{typeof(TContext).Name} publishes no integration events, so it has no outbox to process.");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var wakeUp = _signal.Next;
            var moreWaiting = false;
            try
            {
                moreWaiting = await delivery.DeliverBatchAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogBatchFailed(typeof(TContext).Name, exception);
            }

            if (!moreWaiting)
            {
                await Task.WhenAny(wakeUp, Task.Delay(options.Value.PollInterval, stoppingToken));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox of {Context} could not be read")]
    private partial void LogBatchFailed(string context, Exception exception);
}
