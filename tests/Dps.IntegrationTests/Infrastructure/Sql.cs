using Npgsql;

namespace Dps.IntegrationTests.Infrastructure;

/// <summary>Direct reads and writes of a test database, for what the API does not show (outbox rows, inbox rows, audit chains).</summary>
public static class Sql
{
    public static async Task<long> CountAsync(string connectionString, string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        parameters.Select((value, i) => new NpgsqlParameter($"p{i}", value)).ToList().ForEach(p => command.Parameters.Add(p));
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    public static async Task<T> ScalarAsync<T>(string connectionString, string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        parameters.Select((value, i) => new NpgsqlParameter($"p{i}", value)).ToList().ForEach(p => command.Parameters.Add(p));
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public static async Task<int> ExecuteAsync(string connectionString, string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        parameters.Select((value, i) => new NpgsqlParameter($"p{i}", value)).ToList().ForEach(p => command.Parameters.Add(p));
        return await command.ExecuteNonQueryAsync();
    }
}
