using System.Diagnostics;
using Npgsql;

namespace Dps.Outbox.Bench;

/// <summary>Qualification's outbox as the benchmark watches it, read on its own connection (not counted as the API's statements).</summary>
internal sealed class Backlog(string connectionString)
{
    /// <summary>Events written but not yet delivered.</summary>
    public Task<long> UndeliveredAsync() => CountAsync("SELECT count(*) FROM qualification.outbox_messages WHERE processed_at IS NULL");

    /// <summary>Events whose delivery failed at least once.</summary>
    public Task<long> FailedOnceAsync() => CountAsync("SELECT count(*) FROM qualification.outbox_messages WHERE attempts > 0");

    /// <summary>How long until every event is delivered, polling every 50 ms; null if it is not within the timeout.</summary>
    public async Task<TimeSpan?> DrainAsync(TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (await UndeliveredAsync() > 0)
        {
            if (watch.Elapsed > timeout)
            {
                return null;
            }

            await Task.Delay(50);
        }

        return watch.Elapsed;
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
