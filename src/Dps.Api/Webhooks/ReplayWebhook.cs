using Dps.Api.Database;
using Dps.Api.Feed;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using FluentValidation;
using MediatR;

namespace Dps.Api.Webhooks;

/// <summary>Deliver again every matching event after <see cref="After"/> (a feed cursor; none: from the feed's beginning), in order, starting now.</summary>
public sealed record ReplayWebhook(Guid WebhookId, string? After) : ICommand<WebhookResponse>;

internal sealed class ReplayWebhookValidator : AbstractValidator<ReplayWebhook>
{
    public ReplayWebhookValidator() =>
        RuleFor(c => c.After).Must(after => FeedCursor.TryParse(after, out _))
            .WithMessage("'after' must be a cursor the feed handed out (an event's `cursor`), or absent to replay from the beginning.");
}

/// <summary>Takes the subscription from whichever replica holds it: that one's next write finds its lease gone and stops.</summary>
internal sealed class ReplayWebhookHandler(PlatformDbContext db, ICurrentActor actor, TimeProvider clock) : IRequestHandler<ReplayWebhook, WebhookResponse>
{
    public async Task<WebhookResponse> Handle(ReplayWebhook command, CancellationToken cancellationToken)
    {
        var subscription = await db.FindVisibleAsync(command.WebhookId, actor, cancellationToken);
        FeedCursor.TryParse(command.After, out var after);
        (subscription.CursorTransactionId, subscription.CursorPosition) = (after.TransactionId, after.Position);
        (subscription.Attempts, subscription.FailingSince, subscription.NextAttemptAt) = (0, null, clock.GetUtcNow());
        (subscription.LeasedUntil, subscription.LeaseToken) = (null, null);
        await db.SaveChangesAsync(cancellationToken);
        return WebhookResponse.From(subscription);
    }
}
