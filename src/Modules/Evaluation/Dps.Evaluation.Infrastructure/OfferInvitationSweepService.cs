using Dps.Evaluation.Application;
using Dps.Evaluation.Application.OfferMatching;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dps.Evaluation.Infrastructure;

/// <summary>
/// Lapses offer invitations not answered in time, on the platform clock, and so invites the next offer. Every process
/// runs it; the row locks (SKIP LOCKED) let only one take each matching.
/// </summary>
internal sealed partial class OfferInvitationSweepService(IServiceScopeFactory scopes, IOptions<EvaluationOptions> options, ILogger<OfferInvitationSweepService> logger)
    : BackgroundService
{
    private const int BatchSize = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.OfferInvitationSweepInterval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new LapseDueOfferInvitations(BatchSize), stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogSweepFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lapsing due offer invitations failed; the next sweep tries again.")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
