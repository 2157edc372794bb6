using Dps.Api.Database;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Infrastructure.Feed;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Api.Feed;

/// <summary>The change feed's events after a cursor that the caller may see.</summary>
public sealed record ReadFeed(string? After, int Limit) : IQuery<FeedPage>;

internal sealed class ReadFeedValidator : AbstractValidator<ReadFeed>
{
    public const int MaxLimit = 1000;

    public ReadFeedValidator()
    {
        RuleFor(q => q.After).Must(after => FeedCursor.TryParse(after, out _))
            .WithMessage("'after' must be a cursor this feed handed out (an event's `cursor` or a page's `next`), or absent to start at the beginning.");
        RuleFor(q => q.Limit).InclusiveBetween(1, MaxLimit);
    }
}

/// <summary>
/// Reads only what every transaction older than the oldest one still running wrote: a transaction that commits late
/// has an id at least that oldest one's, so it lands after every cursor handed out before, never behind one.
/// </summary>
internal sealed class ReadFeedHandler(PlatformDbContext db, ICurrentActor actor) : IRequestHandler<ReadFeed, FeedPage>
{
    private const string Settled = "transaction_id < pg_snapshot_xmin(pg_current_snapshot())::text::bigint";

    public async Task<FeedPage> Handle(ReadFeed query, CancellationToken cancellationToken)
    {
        FeedCursor.TryParse(query.After, out var after);
        var entries = await Visible(after).OrderBy(e => e.TransactionId).ThenBy(e => e.Position).Take(query.Limit).AsNoTracking().ToListAsync(cancellationToken);
        var events = entries.Select(ToEvent).ToList();
        return new FeedPage(events, events.Count > 0 ? events[^1].Cursor : after.ToString());
    }

    private IQueryable<FeedEntry> Visible(FeedCursor after)
    {
        var settled = db.Set<FeedEntry>().FromSqlRaw($"SELECT * FROM platform.feed_events WHERE {Settled}")
            .Where(e => e.TransactionId > after.TransactionId || (e.TransactionId == after.TransactionId && e.Position > after.Position));
        return actor.OverseesAll() ? settled
            : actor.OwnSupplierId() is { } supplier ? settled.Where(e => e.SupplierId == supplier)
            : actor.OwnAuthorityId() is { } authority ? settled.Where(e => e.AuthorityId == authority)
            : settled.Where(_ => false);
    }

    private static FeedEvent ToEvent(FeedEntry entry) => new(
        entry.Id,
        new FeedCursor(entry.TransactionId, entry.Position).ToString(),
        entry.Type,
        entry.OccurredAt,
        new FeedResource(entry.ResourceKind, entry.ResourceId, entry.ResourcePath),
        entry.ResourceChanged ? (uint)(entry.TransactionId & uint.MaxValue) : null);
}
