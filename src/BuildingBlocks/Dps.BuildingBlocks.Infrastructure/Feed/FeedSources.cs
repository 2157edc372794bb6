namespace Dps.BuildingBlocks.Infrastructure.Feed;

/// <summary>Every module's feed sources, by the entity type they describe.</summary>
public sealed class FeedSources(IEnumerable<IFeedSource> sources)
{
    private readonly Dictionary<Type, IFeedSource> _byType = sources.ToDictionary(s => s.EntityType);

    public IFeedSource? For(Type entityType) => _byType.GetValueOrDefault(entityType);
}
