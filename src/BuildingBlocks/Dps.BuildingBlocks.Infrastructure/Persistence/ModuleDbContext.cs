using System.Reflection;
using System.Text.Json;
using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Domain;
using Dps.BuildingBlocks.Infrastructure.Audit;
using Dps.BuildingBlocks.Infrastructure.Feed;
using Microsoft.EntityFrameworkCore;

namespace Dps.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Base of every module's DbContext: its own schema, the shared outbox/inbox/audit tables, typed-id and
/// snake_case conventions, and a save that dispatches domain events and appends the change feed and the audit trail first.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options, ModuleDbDependencies dependencies) : DbContext(options), IModuleDb
{
    private bool _outboxWrittenSinceCommit;

    public abstract string Schema { get; }

    internal DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    internal DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    internal DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    internal DbSet<FeedEntry> FeedEntries => Set<FeedEntry>();

    /// <summary>The assembly whose typed ids are stored as uuid columns.</summary>
    protected abstract Assembly DomainAssembly { get; }

    public void AddToOutbox(IntegrationEvent integrationEvent)
    {
        var type = integrationEvent.GetType();
        OutboxMessages.Add(new OutboxMessage
        {
            Id = integrationEvent.Id,
            OccurredAt = integrationEvent.OccurredAt,
            Type = $"{type.FullName}, {type.Assembly.GetName().Name}",
            Payload = JsonSerializer.Serialize(integrationEvent, type, IntegrationEventJson.Options),
        });
    }

    public void ExpectVersion(AggregateRoot aggregate, uint? expectedVersion)
    {
        if (expectedVersion is not { } expected)
        {
            return;
        }

        if (expected != aggregate.Version)
        {
            throw new PreconditionFailedException(aggregate.GetType().Name, expected, aggregate.Version);
        }

        Entry(aggregate).Property(a => a.Version).OriginalValue = expected;
    }

    public Task<bool> HasProcessedAsync(Guid eventId, string consumer, CancellationToken cancellationToken) =>
        dependencies.Delivery.Covers(eventId)
            ? dependencies.Delivery.HasProcessedAsync(this, eventId, consumer, cancellationToken)
            : InboxMessages.AnyAsync(m => m.EventId == eventId && m.Consumer == consumer, cancellationToken);

    public void MarkProcessed(IntegrationEvent integrationEvent, string consumer) =>
        InboxMessages.Add(new InboxMessage
        {
            EventId = integrationEvent.Id,
            Consumer = consumer,
            Type = integrationEvent.GetType().Name,
            ProcessedAt = dependencies.Clock.GetUtcNow(),
        });

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Save asynchronously: domain events and the audit trail are written by SaveChangesAsync.");

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (Database.CurrentTransaction is null && dependencies.Delivery.IsOpen)
        {
            await dependencies.Delivery.EnlistAsync(this, cancellationToken);
        }

        await DispatchDomainEventsAsync(cancellationToken);
        await FeedWriter.AppendAsync(this, dependencies, cancellationToken);
        var audited = AuditTrailWriter.Append(this, dependencies);
        if (dependencies.Delivery.HasEnlisted(this))
        {
            dependencies.Delivery.DeferAudit(this, audited);
        }

        var outboxWritten = ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added);
        if (outboxWritten && dependencies.OutboxSignals.Of(GetType()) is null)
        {
            throw new InvalidOperationException(
                $"{GetType().Name} writes to its outbox, but its module was added without publishesEvents: true, so nothing would deliver it.");
        }

        // A failed save fails its whole unit of work, which is then rolled back: a savepoint around it would only cost two statements.
        Database.AutoSavepointsEnabled = false;
        int written;
        try
        {
            written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateException exception) when (RuleGuards.RuleBrokenBy(Model, exception) is { } broken)
        {
            throw broken;
        }

        _outboxWrittenSinceCommit |= outboxWritten;
        if (Database.CurrentTransaction is null)
        {
            SignalOutboxAfterCommit();
        }

        return written;
    }

    /// <summary>Wakes this module's outbox processor, once, if what was just committed wrote to the outbox.</summary>
    internal void SignalOutboxAfterCommit()
    {
        if (_outboxWrittenSinceCommit)
        {
            _outboxWrittenSinceCommit = false;
            dependencies.OutboxSignals.Of(GetType())!.Notify();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        MessagingModel.Configure(modelBuilder);
        FeedModel.Configure(modelBuilder, migrated: Schema == FeedModel.Schema);
        ConfigureModule(modelBuilder);
        ConfigureAggregateRoots(modelBuilder);
        SnakeCaseNames.Apply(modelBuilder);
    }

    protected abstract void ConfigureModule(ModelBuilder modelBuilder);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        TypedIdConventions.Apply(configurationBuilder, DomainAssembly);

    /// <summary>Every aggregate's version is PostgreSQL's xmin: it changes on each write, so a stale update finds no row.</summary>
    private static void ConfigureAggregateRoots(ModelBuilder modelBuilder)
    {
        var aggregateRoots = modelBuilder.Model.GetEntityTypes().Where(e => e.ClrType.IsAssignableTo(typeof(AggregateRoot)));
        foreach (var aggregateRoot in aggregateRoots)
        {
            var entity = modelBuilder.Entity(aggregateRoot.ClrType);
            entity.Ignore(nameof(AggregateRoot.DomainEvents));
            entity.Property(nameof(AggregateRoot.Version)).HasColumnName("xmin").HasColumnType("xid").IsRowVersion();
        }
    }

    /// <summary>Handlers of domain events run in this save's transaction and may raise further events.</summary>
    private async Task DispatchDomainEventsAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var aggregates = ChangeTracker.Entries<AggregateRoot>()
                .Select(e => e.Entity)
                .Where(a => a.DomainEvents.Count > 0)
                .ToList();
            if (aggregates.Count == 0)
            {
                return;
            }

            var events = aggregates.SelectMany(a => a.DomainEvents).ToList();
            aggregates.ForEach(a => a.ClearDomainEvents());
            foreach (var domainEvent in events)
            {
                await dependencies.Mediator.Publish(domainEvent, cancellationToken);
            }
        }
    }
}
