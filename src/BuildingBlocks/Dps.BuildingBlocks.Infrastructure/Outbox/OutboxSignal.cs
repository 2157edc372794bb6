using Dps.BuildingBlocks.Infrastructure.Modules;

namespace Dps.BuildingBlocks.Infrastructure.Outbox;

/// <summary>Wakes a module's outbox processor as soon as a transaction that wrote to its outbox commits, instead of waiting for the next poll.</summary>
public sealed class OutboxSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _notifications;

    /// <summary>Take this before looking for work, then wait on it, so a notification in between is not missed.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    /// <summary>How many commits have signalled so far.</summary>
    public long Notifications => Interlocked.Read(ref _notifications);

    public void Notify()
    {
        Interlocked.Increment(ref _notifications);
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }
}

/// <summary>One <see cref="OutboxSignal"/> per module that publishes integration events, keyed by the module's DbContext type.</summary>
public sealed class OutboxSignals(ModuleRegistry modules)
{
    private readonly Dictionary<Type, OutboxSignal> _byDbContext =
        modules.All.Where(m => m.PublishesEvents).ToDictionary(m => m.DbContextType, _ => new OutboxSignal());

    /// <summary>The signal of the module whose store is <paramref name="dbContextType"/>; null when that module publishes nothing.</summary>
    public OutboxSignal? Of(Type dbContextType) => _byDbContext.GetValueOrDefault(dbContextType);
}
