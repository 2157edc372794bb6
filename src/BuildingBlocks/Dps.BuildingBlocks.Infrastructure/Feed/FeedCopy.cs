using Npgsql;
using NpgsqlTypes;

namespace Dps.BuildingBlocks.Infrastructure.Feed;

/// <summary>
/// Writes feed entries by binary COPY on a command's own connection (so inside its transaction), for the rows a command
/// also writes by COPY rather than through the change tracker.
/// </summary>
public static class FeedCopy
{
    public static async Task WriteAsync(NpgsqlConnection connection, IEnumerable<FeedNotice> notices, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            $"""
            COPY {FeedModel.Schema}.{FeedModel.Table} (id, occurred_at, type, resource_kind, resource_id, resource_path, resource_changed,
                supplier_id, authority_id) FROM STDIN (FORMAT BINARY)
            """,
            cancellationToken);
        foreach (var notice in notices)
        {
            copy.StartRow();
            copy.Write(Guid.CreateVersion7(now), NpgsqlDbType.Uuid);
            copy.Write(now, NpgsqlDbType.TimestampTz);
            copy.Write(notice.Type, NpgsqlDbType.Varchar);
            copy.Write(notice.ResourceKind, NpgsqlDbType.Varchar);
            copy.Write(notice.ResourceId, NpgsqlDbType.Uuid);
            copy.Write(notice.ResourcePath, NpgsqlDbType.Varchar);
            copy.Write(notice.ResourceChanged, NpgsqlDbType.Boolean);
            WriteNullable(copy, notice.Audience.SupplierId);
            WriteNullable(copy, notice.Audience.AuthorityId);
        }

        await copy.CompleteAsync(cancellationToken);
    }

    private static void WriteNullable(NpgsqlBinaryImporter copy, Guid? value)
    {
        if (value is { } id)
        {
            copy.Write(id, NpgsqlDbType.Uuid);
        }
        else
        {
            copy.WriteNull();
        }
    }
}
