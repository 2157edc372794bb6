using Dps.Referral.Application.Bids;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dps.Referral.Infrastructure;

/// <summary>How often each process looks for referrals whose deadline has passed (section <c>Referral</c>).</summary>
public sealed class ReferralClosingOptions
{
    public TimeSpan ClosingInterval { get; set; } = TimeSpan.FromSeconds(1);

    public bool ClosingEnabled { get; set; } = true;
}

/// <summary>
/// Closes referrals at their deadline on the platform clock (so the sandbox clock closes them too). Every process runs
/// it; each referral closes in a transaction of its own that locks it with <c>SKIP LOCKED</c> and checks it is still
/// published, so it closes once however many processes look, and one that was down closes what fell due meanwhile.
/// No HTTP request is in scope, so the audit trail names the system.
/// </summary>
internal sealed partial class ReferralClosingService(
    IServiceScopeFactory scopes, IOptions<ReferralClosingOptions> options, ILogger<ReferralClosingService> logger) : BackgroundService
{
    private const int BatchSize = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ClosingEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await CloseDueAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogClosingFailed(exception);
            }

            try
            {
                await Task.Delay(options.Value.ClosingInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task CloseDueAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<Guid> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            due = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new FindReferralsDueToClose(BatchSize), cancellationToken);
        }

        foreach (var referralId in due)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                if (await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new CloseReferral(referralId), cancellationToken))
                {
                    LogClosed(referralId);
                }
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                LogReferralFailed(referralId, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Referral {ReferralId} closed at its deadline")]
    private partial void LogClosed(Guid referralId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Closing referral {ReferralId} failed; the next round tries again")]
    private partial void LogReferralFailed(Guid referralId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Looking for referrals due to close failed; the next round tries again")]
    private partial void LogClosingFailed(Exception exception);
}
