using Microsoft.EntityFrameworkCore;

namespace Dps.BuildingBlocks.Infrastructure.Persistence;

/// <summary>The outbox, inbox and audit tables every module's schema holds; see <see cref="MessagingMigration"/>.</summary>
internal static class MessagingModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(b =>
        {
            b.ToTable("outbox_messages");
            b.HasKey(m => m.Id);
            b.Property(m => m.Type).HasMaxLength(500);
            b.Property(m => m.Payload).HasColumnType("jsonb");
            b.HasIndex(m => m.OccurredAt).HasFilter(MessagingMigration.UndeliveredFilter);
            b.HasIndex(m => m.ParkedAt).HasFilter(MessagingMigration.ParkedFilter);
        });

        modelBuilder.Entity<InboxMessage>(b =>
        {
            b.ToTable("inbox_messages");
            b.HasKey(m => new { m.EventId, m.Consumer });
            b.Property(m => m.Consumer).HasMaxLength(500);
            b.Property(m => m.Type).HasMaxLength(500);
        });

        modelBuilder.Entity<AuditEntry>(b =>
        {
            b.ToTable("audit_entries");
            b.HasKey(a => a.Id);
            b.Property(a => a.ActorId).HasMaxLength(200);
            b.Property(a => a.ActorRoles).HasMaxLength(200);
            b.Property(a => a.Action).HasMaxLength(200);
            b.Property(a => a.EntityType).HasMaxLength(200);
            b.Property(a => a.EntityId).HasMaxLength(200);
            b.Property(a => a.Change).HasMaxLength(20);
            b.Property(a => a.Before).HasColumnType("jsonb");
            b.Property(a => a.After).HasColumnType("jsonb");
            b.HasIndex(a => a.EntityId);
            b.HasIndex(a => a.OccurredAt);
            AuditChainSchema.Configure(b);
        });
    }
}
