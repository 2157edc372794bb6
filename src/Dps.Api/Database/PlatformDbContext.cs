using System.Reflection;
using Dps.Api.Idempotency;
using Dps.Api.Sandbox;
using Dps.Api.Webhooks;
using Dps.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dps.Api.Database;

/// <summary>
/// The platform's own store, schema "platform": what every replica shares that belongs to no module (the sandbox
/// clock, the requests' idempotency keys, the webhook subscriptions). It is registered like a module's store, so it is migrated, checked for readiness and audited the same way.
/// </summary>
internal sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options, ModuleDbDependencies dependencies)
    : ModuleDbContext(options, dependencies)
{
    public const string SchemaName = "platform";

    public override string Schema => SchemaName;

    internal DbSet<SandboxClock> SandboxClocks => Set<SandboxClock>();

    internal DbSet<IdempotentRequest> IdempotentRequests => Set<IdempotentRequest>();

    internal DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();

    internal DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    protected override Assembly DomainAssembly => typeof(PlatformDbContext).Assembly;

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<IdempotentRequest>(b =>
        {
            b.ToTable("idempotent_requests");
            b.HasKey(r => new { r.Caller, r.Key });
            b.Property(r => r.Caller).HasMaxLength(200);
            b.Property(r => r.Key).HasMaxLength(200);
            b.Property(r => r.RequestHash).HasMaxLength(64);
            b.Property(r => r.ResponseHeaders).HasJsonConversion();
            b.HasIndex(r => r.ExpiresAt);
        });
        modelBuilder.Entity<WebhookSubscription>(b =>
        {
            b.ToTable("webhook_subscriptions");
            b.HasKey(w => w.Id);
            b.Property(w => w.Url).HasMaxLength(500);
            b.Property(w => w.EventTypes).HasColumnType("text[]");
            b.Property(w => w.OwnerRole).HasMaxLength(50);
            b.Property(w => w.CreatedBy).HasMaxLength(200);
            b.HasIndex(w => w.NextAttemptAt);
            b.HasIndex(w => w.SupplierId);
            b.HasIndex(w => w.AuthorityId);
        });
        modelBuilder.Entity<WebhookDelivery>(b =>
        {
            b.ToTable("webhook_deliveries");
            b.HasKey(d => d.Id);
            b.Property(d => d.EventType).HasMaxLength(100);
            b.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(20);
            b.Property(d => d.Error).HasMaxLength(500);
            b.HasOne<WebhookSubscription>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(d => new { d.SubscriptionId, d.AttemptedAt });
        });
        modelBuilder.Entity<SandboxClock>(b =>
        {
            b.ToTable("sandbox_clock", t =>
            {
                t.HasCheckConstraint("ck_sandbox_clock_one_row", $"id = {SandboxClock.TheOnlyId}");
                t.HasCheckConstraint("ck_sandbox_clock_never_behind_real_time", "\"offset\" >= interval '0'");
            });
            b.HasKey(c => c.Id);
            b.Property(c => c.Id).ValueGeneratedNever();
            b.Property(c => c.MovedBy).HasMaxLength(200);
            b.Ignore(c => c.Reading);
        });
    }
}
