using Npgsql;

using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests;

/// <summary>
/// One PostgreSQL server per test run ($DPS_TEST_DB, or a throwaway cluster), one template database migrated
/// once through the API's own migrator, and a fresh copy of it for every test class. The server's user owns the
/// databases and migrates them; the API connects as <see cref="AppRole"/>, to which the migrator grants its privileges
/// (the copies keep the grants: they are in each database's catalog, and roles belong to the server).
/// </summary>
// In the root namespace so that it runs before every test class of the assembly.
[SetUpFixture]
public sealed class TestDatabase
{
    private static readonly string RunId = Guid.NewGuid().ToString("N")[..8];
    private static ThrowawayCluster? _cluster;
    private static string _serverConnectionString = null!;

    /// <summary>The API's least-privilege role, as build/run.sh names it.</summary>
    public const string AppRole = "dps_app";

    public static string TemplateName => $"dps_template_{RunId}";

    [OneTimeSetUp]
    public async Task StartServerAndMigrateTemplate()
    {
        if (Environment.GetEnvironmentVariable("DPS_TEST_DB") is { Length: > 0 } external)
        {
            _serverConnectionString = external;
        }
        else
        {
            _cluster = ThrowawayCluster.Start();
            _serverConnectionString = _cluster.ConnectionString;
        }

        await CreateAppRoleAsync();
        var template = await CreateEmptyAsync(TemplateName);
        await using (var factory = new DpsApiFactory(template, new() { ["Database:MigrateOnStartup"] = "true", ["Outbox:Enabled"] = "false" }))
        {
            factory.StartServer();
        }

        NpgsqlConnection.ClearAllPools();
    }

    [OneTimeTearDown]
    public async Task StopServer()
    {
        NpgsqlConnection.ClearAllPools();
        if (_cluster is null)
        {
            await ExecuteAsync($"DROP DATABASE IF EXISTS {TemplateName} WITH (FORCE)");
        }

        _cluster?.Dispose();
    }

    /// <summary>A new database holding every module's migrated schema, and its connection string.</summary>
    public static async Task<string> CreateFromTemplateAsync()
    {
        var name = $"dps_test_{RunId}_{Guid.NewGuid():N}"[..40];
        await ExecuteAsync($"CREATE DATABASE {name} TEMPLATE {TemplateName}");
        return ConnectionStringFor(name);
    }

    public static async Task<string> CreateEmptyAsync(string? name = null)
    {
        name ??= $"dps_empty_{RunId}_{Guid.NewGuid():N}"[..40];
        await ExecuteAsync($"CREATE DATABASE {name}");
        return ConnectionStringFor(name);
    }

    public static async Task DropAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    /// <summary>The same database, as the API's role.</summary>
    public static string AsAppRole(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Username = AppRole, Password = AppRole }.ConnectionString;

    // Another run on the same server ($DPS_TEST_DB) may be creating it at the same moment.
    private static Task CreateAppRoleAsync() => ExecuteAsync($"""
        DO $$
        BEGIN
            CREATE ROLE {AppRole} LOGIN PASSWORD '{AppRole}';
        EXCEPTION WHEN duplicate_object THEN
            ALTER ROLE {AppRole} LOGIN PASSWORD '{AppRole}';
        END $$
        """);

    private static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = database }.ConnectionString;

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_serverConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
