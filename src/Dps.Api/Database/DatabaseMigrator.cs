using Dps.BuildingBlocks.Infrastructure.Modules;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Dps.Api.Database;

/// <summary>
/// Applies the migrations of the platform's store and of every module's, each into its own schema (creating the
/// database if needed), as the owning role (<see cref="MigrationSettings"/>); then grants the API's role its privileges.
/// </summary>
public sealed partial class DatabaseMigrator(IServiceScopeFactory scopes, ModuleRegistry modules, IConfiguration configuration, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var settings = MigrationSettings.From(configuration);
        await using var scope = scopes.CreateAsyncScope();
        foreach (var module in modules.All)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
            db.Database.SetConnectionString(settings.ConnectionString);
            await db.Database.MigrateAsync(cancellationToken);
            LogMigrated(module.Name);
        }

        if (settings.AppRole is { } appRole)
        {
            await using var owner = new NpgsqlConnection(settings.ConnectionString);
            await owner.OpenAsync(cancellationToken);
            await AppRolePrivileges.GrantAsync(owner, appRole, modules.All.Select(m => m.Name).ToList(), cancellationToken);
            LogGranted(appRole);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Schema {Schema} is up to date")]
    private partial void LogMigrated(string schema);

    [LoggerMessage(Level = LogLevel.Information, Message = "The API's role {Role} may read and write the schemas, and only read and append to their audit trails")]
    private partial void LogGranted(string role);
}
