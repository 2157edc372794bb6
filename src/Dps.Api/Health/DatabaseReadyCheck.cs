using Dps.BuildingBlocks.Infrastructure.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dps.Api.Health;

/// <summary>Ready when the database answers and the migrations of every store (the platform's and each module's) are applied.</summary>
public sealed class DatabaseReadyCheck(IServiceScopeFactory scopes, ModuleRegistry modules) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        foreach (var module in modules.All)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("The database does not answer.");
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                return HealthCheckResult.Unhealthy($"Schema {module.Name} has migrations to apply: {string.Join(", ", pending)}.");
            }
        }

        return HealthCheckResult.Healthy();
    }
}
