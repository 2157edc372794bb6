using Microsoft.EntityFrameworkCore;

namespace Dps.BuildingBlocks.Infrastructure.Feed;

/// <summary>Says how the changes of one entity type appear in the change feed; found in each module's infrastructure assembly.</summary>
public interface IFeedSource
{
    Type EntityType { get; }

    /// <summary>The entity's state property (an enum), whose new value names the change, e.g. <c>bid.withdrawn</c>; null if it has none.</summary>
    string? StateProperty { get; }

    ValueTask<IReadOnlyList<FeedNotice>> DescribeAsync(object entity, string change, DbContext db, CancellationToken cancellationToken);
}

/// <summary>
/// The feed entries for a change to a <typeparamref name="TEntity"/>: <c>change</c> is the new state in kebab case
/// when the state changed (or on creation), else <c>created</c> or <c>changed</c>.
/// </summary>
public abstract class FeedSource<TEntity> : IFeedSource
    where TEntity : class
{
    public Type EntityType => typeof(TEntity);

    public virtual string? StateProperty => "Status";

    /// <summary>The resource's name in event types, e.g. <c>bid</c>.</summary>
    protected abstract string Kind { get; }

    public ValueTask<IReadOnlyList<FeedNotice>> DescribeAsync(object entity, string change, DbContext db, CancellationToken cancellationToken) =>
        DescribeAsync((TEntity)entity, change, db, cancellationToken);

    protected abstract ValueTask<IReadOnlyList<FeedNotice>> DescribeAsync(TEntity entity, string change, DbContext db, CancellationToken cancellationToken);

    protected FeedNotice Notice(string change, Guid id, string path, FeedAudience audience) => new($"{Kind}.{change}", Kind, id, path, audience);

    protected static ValueTask<IReadOnlyList<FeedNotice>> Only(params FeedNotice[] notices) => ValueTask.FromResult<IReadOnlyList<FeedNotice>>(notices);
}
