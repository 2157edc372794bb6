using System.Text.RegularExpressions;
using Dps.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Dps.BuildingBlocks.Infrastructure.Feed;

/// <summary>Adds the feed entries for the entities a save creates or changes, to that same save.</summary>
internal static partial class FeedWriter
{
    public static async Task AppendAsync(ModuleDbContext db, ModuleDbDependencies dependencies, CancellationToken cancellationToken)
    {
        var changed = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified)
            .Select(e => (Entry: e, Source: dependencies.Feed.For(e.Metadata.ClrType)))
            .Where(e => e.Source is not null)
            .ToList();
        var now = dependencies.Clock.GetUtcNow();
        foreach (var (entry, source) in changed)
        {
            foreach (var notice in await source!.DescribeAsync(entry.Entity, ChangeOf(entry, source), db, cancellationToken))
            {
                db.FeedEntries.Add(new FeedEntry
                {
                    Id = Guid.CreateVersion7(now),
                    OccurredAt = now,
                    Type = notice.Type,
                    ResourceKind = notice.ResourceKind,
                    ResourceId = notice.ResourceId,
                    ResourcePath = notice.ResourcePath,
                    ResourceChanged = notice.ResourceChanged,
                    SupplierId = notice.Audience.SupplierId,
                    AuthorityId = notice.Audience.AuthorityId,
                });
            }
        }
    }

    private static string ChangeOf(EntityEntry entry, IFeedSource source)
    {
        var state = source.StateProperty is { } name && entry.Metadata.FindProperty(name) is not null ? entry.Property(name) : null;
        var created = entry.State == EntityState.Added;
        if (state?.CurrentValue is { } now && (created || !Equals(state.OriginalValue, now)))
        {
            return KebabCase(now.ToString()!);
        }

        return created ? "created" : "changed";
    }

    private static string KebabCase(string name) => WordStart().Replace(name, "-$1").ToLowerInvariant();

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex WordStart();
}
