using Dps.Api.Database;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
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

internal sealed class ReadFeedHandler(PlatformDbContext db, ICurrentActor actor) : IRequestHandler<ReadFeed, FeedPage>
{
    public async Task<FeedPage> Handle(ReadFeed query, CancellationToken cancellationToken)
    {
        FeedCursor.TryParse(query.After, out var after);
        var entries = await FeedQuery.After(db, after, FeedScope.Of(actor)).Take(query.Limit).ToListAsync(cancellationToken);
        var events = entries.Select(FeedQuery.ToEvent).ToList();
        return new FeedPage(events, events.Count > 0 ? events[^1].Cursor : after.ToString());
    }
}
