using Dps.BuildingBlocks.Infrastructure.Outbox;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dps.Api.Health;

/// <summary>
/// Degraded while any module has parked outbox messages: the API still serves (so still 200), but an event some other
/// module needed was not delivered, and an operator has to look (GET /api/v1/outbox/parked).
/// </summary>
public sealed class ParkedMessagesCheck(IServiceScopeFactory scopes) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var parked = new Dictionary<string, object>();
        foreach (var outbox in scope.ServiceProvider.GetServices<IParkedOutboxMessages>())
        {
            if (await outbox.CountAsync(cancellationToken) is > 0 and var count)
            {
                parked[outbox.Module] = count;
            }
        }

        return parked.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded(
                $"Parked outbox messages: {string.Join(", ", parked.Select(p => $"{p.Key} {p.Value}"))}. See GET /api/v1/outbox/parked.", data: parked);
    }
}
