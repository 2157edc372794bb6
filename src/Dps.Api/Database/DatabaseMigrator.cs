using Dps.BuildingBlocks.Infrastructure.Modules;
using Microsoft.EntityFrameworkCore;

namespace Dps.Api.Database;

/// <summary>Applies the migrations of the platform's store and of every module's, each into its own schema (creating the database if needed).</summary>
public sealed partial class DatabaseMigrator(IServiceScopeFactory scopes, ModuleRegistry modules, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        foreach (var module in modules.All)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
            await db.Database.MigrateAsync(cancellationToken);
            LogMigrated(module.Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Schema {Schema} is up to date")]
    private partial void LogMigrated(string schema);
}
