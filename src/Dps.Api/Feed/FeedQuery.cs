using Dps.BuildingBlocks.Infrastructure.Feed;
using Microsoft.EntityFrameworkCore;

namespace Dps.Api.Feed;

/// <summary>
/// The feed's entries after a cursor, in feed order, as one scope sees them. Only what every transaction older than the
/// oldest one still running wrote is read: a transaction that commits late has an id at least that oldest one's, so
/// its entries land after every cursor handed out before, never behind one.
/// </summary>
internal static class FeedQuery
{
    private const string Settled =
        $"SELECT * FROM {FeedModel.Schema}.{FeedModel.Table} WHERE transaction_id < pg_snapshot_xmin(pg_current_snapshot())::text::bigint";

    public static IQueryable<FeedEntry> After(DbContext db, FeedCursor after, FeedScope scope)
    {
        var settled = db.Set<FeedEntry>().FromSqlRaw(Settled)
            .Where(e => e.TransactionId > after.TransactionId || (e.TransactionId == after.TransactionId && e.Position > after.Position));
        var visible = scope.All ? settled
            : scope.SupplierId is { } supplier ? settled.Where(e => e.SupplierId == supplier)
            : scope.AuthorityId is { } authority ? settled.Where(e => e.AuthorityId == authority)
            : settled.Where(_ => false);
        return visible.OrderBy(e => e.TransactionId).ThenBy(e => e.Position).AsNoTracking();
    }

    public static FeedCursor CursorOf(FeedEntry entry) => new(entry.TransactionId, entry.Position);

    public static FeedEvent ToEvent(FeedEntry entry) => new(
        entry.Id,
        CursorOf(entry).ToString(),
        entry.Type,
        entry.OccurredAt,
        new FeedResource(entry.ResourceKind, entry.ResourceId, entry.ResourcePath),
        // A row's version (xmin) is the 32-bit id of the transaction that wrote it.
        entry.ResourceChanged ? (uint)(entry.TransactionId & uint.MaxValue) : null);
}
