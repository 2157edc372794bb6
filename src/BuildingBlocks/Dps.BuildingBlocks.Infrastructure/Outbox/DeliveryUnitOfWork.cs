using Dps.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dps.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// The consumers' side of events delivered together (scoped): while it is open, every module store that saves joins
/// one transaction of its own, committed once all the events are handled, and a consumer's inbox is read once for
/// all of them rather than once per event. Their audit entries are inserted just before the commit: inserting one
/// takes the module's audit chain lock until commit, which would hold every other lane back meanwhile.
/// </summary>
public sealed class DeliveryUnitOfWork
{
    private readonly List<ModuleDbContext> _enlisted = [];
    private readonly Dictionary<ModuleDbContext, List<AuditEntry>> _deferredAudit = [];
    private readonly Dictionary<ModuleDbContext, HashSet<(Guid EventId, string Consumer)>> _inboxes = [];
    private HashSet<Guid> _eventIds = [];

    internal bool IsOpen { get; private set; }

    internal void Open(IEnumerable<Guid> eventIds)
    {
        _eventIds = [.. eventIds];
        IsOpen = true;
    }

    /// <summary>Whether the event is one of those delivered together, so its inbox rows were (or will be) read with the others'.</summary>
    internal bool Covers(Guid eventId) => IsOpen && _eventIds.Contains(eventId);

    internal async Task<bool> HasProcessedAsync(ModuleDbContext db, Guid eventId, string consumer, CancellationToken cancellationToken)
    {
        if (!_inboxes.TryGetValue(db, out var processed))
        {
            var rows = await db.InboxMessages.AsNoTracking()
                .Where(m => _eventIds.Contains(m.EventId))
                .Select(m => new { m.EventId, m.Consumer })
                .ToListAsync(cancellationToken);
            processed = [.. rows.Select(r => (r.EventId, r.Consumer))];
            _inboxes[db] = processed;
        }

        return processed.Contains((eventId, consumer));
    }

    internal async Task EnlistAsync(ModuleDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.BeginTransactionAsync(cancellationToken);
        _enlisted.Add(db);
    }

    internal bool HasEnlisted(ModuleDbContext db) => IsOpen && _enlisted.Contains(db);

    /// <summary>Takes a save's audit entries out of it, each as it was written, to insert them with the commit.</summary>
    internal void DeferAudit(ModuleDbContext db, IReadOnlyList<AuditEntry> entries)
    {
        foreach (var entry in entries)
        {
            db.Entry(entry).State = EntityState.Detached;
        }

        if (!_deferredAudit.TryGetValue(db, out var deferred))
        {
            _deferredAudit[db] = deferred = [];
        }

        deferred.AddRange(entries);
    }

    /// <summary>Inserts the audit entries and commits, store by store; one that is not committed is rolled back when its scope ends.</summary>
    internal async Task CommitAsync(CancellationToken cancellationToken)
    {
        IsOpen = false;
        foreach (var db in _enlisted)
        {
            if (_deferredAudit.TryGetValue(db, out var audit))
            {
                db.AuditEntries.AddRange(audit);
                await db.SaveChangesAsync(cancellationToken);
            }

            await db.Database.CommitTransactionAsync(cancellationToken);
            db.SignalOutboxAfterCommit();
        }
    }
}
