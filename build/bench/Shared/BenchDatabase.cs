using Npgsql;

namespace Dps.Bench;

/// <summary>A new database on the benchmark's server for one run, dropped afterwards.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string _server;
    private readonly string _name;

    private BenchDatabase(string server, string name)
    {
        _server = server;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public string ConnectionString { get; }

    /// <summary>The server from the first argument, else $DPS_BENCH_DB.</summary>
    public static string ServerFrom(string[] args) =>
        args.Length > 0 ? args[0] : Environment.GetEnvironmentVariable("DPS_BENCH_DB")
            ?? throw new InvalidOperationException("Pass a connection string, or set DPS_BENCH_DB.");

    public static async Task<BenchDatabase> CreateAsync(string server)
    {
        var database = new BenchDatabase(server, $"dps_bench_{DateTime.UtcNow:yyyyMMddHHmmss}");
        await database.ExecuteOnServerAsync($"CREATE DATABASE {database._name}");
        return database;
    }

    /// <summary>Where the API project is, as WebApplicationFactory looks for it (run from the repository root).</summary>
    public static void UseApiContentRoot()
    {
        const string Variable = "ASPNETCORE_TEST_CONTENTROOT_DPS_API";
        if (Environment.GetEnvironmentVariable(Variable) is null)
        {
            Environment.SetEnvironmentVariable(Variable, Path.GetFullPath(Path.Combine("src", "Dps.Api")));
        }
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var admin = new NpgsqlConnection(_server);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(sql, admin);
        await command.ExecuteNonQueryAsync();
    }
}
