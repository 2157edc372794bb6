using Npgsql;

namespace Dps.Api.Database;

/// <summary>
/// Who migrates, and to whom the migrator grants the API's privileges. <c>ConnectionStrings:DpsMigrations</c> connects as
/// the role that owns the schemas (default <c>ConnectionStrings:Dps</c>: one role does both). <c>Database:AppRole</c> is
/// the API's least-privilege role (default: the user of <c>ConnectionStrings:Dps</c>); there is none when it is the
/// migrating role itself.
/// </summary>
internal sealed record MigrationSettings(string ConnectionString, string? AppRole)
{
    public static MigrationSettings From(IConfiguration configuration)
    {
        var api = configuration.GetConnectionString("Dps") is { Length: > 0 } dps ? dps : null;
        var owner = configuration.GetConnectionString("DpsMigrations") is { Length: > 0 } migrations
            ? migrations
            : api ?? throw new InvalidOperationException("Configure ConnectionStrings:DpsMigrations or ConnectionStrings:Dps (build/run.sh sets them).");
        var appRole = configuration["Database:AppRole"] is { Length: > 0 } configured
            ? configured
            : api is null ? null : new NpgsqlConnectionStringBuilder(api).Username;
        var migratingRole = new NpgsqlConnectionStringBuilder(owner).Username;
        return new MigrationSettings(owner, appRole == migratingRole ? null : appRole);
    }
}
