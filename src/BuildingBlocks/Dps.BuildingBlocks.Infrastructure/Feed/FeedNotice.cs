namespace Dps.BuildingBlocks.Infrastructure.Feed;

/// <summary>Who sees a feed entry besides the manager and auditors, who see every entry.</summary>
public readonly record struct FeedAudience(Guid? SupplierId, Guid? AuthorityId);

/// <summary>What a <see cref="FeedSource{TEntity}"/> says of one change: an entry of the change feed.</summary>
public sealed record FeedNotice(string Type, string ResourceKind, Guid ResourceId, string ResourcePath, FeedAudience Audience, bool ResourceChanged = true);
