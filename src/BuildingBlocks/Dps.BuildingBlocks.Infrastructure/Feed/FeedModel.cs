using Microsoft.EntityFrameworkCore;

namespace Dps.BuildingBlocks.Infrastructure.Feed;

/// <summary>
/// The change feed's table, in the platform's schema: every module's store writes to it in its own transactions, and
/// only the platform's store migrates it.
/// </summary>
public static class FeedModel
{
    public const string Schema = "platform";

    public const string Table = "feed_events";

    /// <summary>The writing transaction's id as a number: every row a transaction writes has the same one.</summary>
    public const string CurrentTransactionId = "pg_current_xact_id()::text::bigint";

    internal static void Configure(ModelBuilder modelBuilder, bool migrated) =>
        modelBuilder.Entity<FeedEntry>(b =>
        {
            b.ToTable(Table, Schema, t =>
            {
                if (!migrated)
                {
                    t.ExcludeFromMigrations();
                }
            });
            b.HasKey(e => e.Position);
            b.Property(e => e.Position).UseIdentityAlwaysColumn();
            b.Property(e => e.TransactionId).HasDefaultValueSql(CurrentTransactionId).ValueGeneratedOnAdd();
            b.Property(e => e.Type).HasMaxLength(100);
            b.Property(e => e.ResourceKind).HasMaxLength(50);
            b.Property(e => e.ResourcePath).HasMaxLength(300);
            b.HasIndex(e => e.Id).IsUnique();
            b.HasIndex(e => new { e.TransactionId, e.Position });
            b.HasIndex(e => new { e.SupplierId, e.TransactionId, e.Position }).HasFilter("supplier_id IS NOT NULL");
            b.HasIndex(e => new { e.AuthorityId, e.TransactionId, e.Position }).HasFilter("authority_id IS NOT NULL");
        });
}
