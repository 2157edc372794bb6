using Dps.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dps.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// The consumers' side of events delivered together (scoped): while it is open, every module store that saves joins
/// one transaction of its own, committed once all the events are handled, and a consumer's inbox is read once for
/// all of them rather than once per event.
/// </summary>
public sealed class DeliveryUnitOfWork
{
    private readonly List<ModuleDbContext> _enlisted = [];
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

    /// <summary>Commits each store's transaction; one that is not committed is rolled back when its scope ends.</summary>
    internal async Task CommitAsync(CancellationToken cancellationToken)
    {
        foreach (var db in _enlisted)
        {
            await db.Database.CommitTransactionAsync(cancellationToken);
            db.SignalOutboxAfterCommit();
        }
    }
}
