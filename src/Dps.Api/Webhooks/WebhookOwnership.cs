using Dps.Api.Database;
using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Security;
using Microsoft.EntityFrameworkCore;

namespace Dps.Api.Webhooks;

/// <summary>
/// A subscription belongs to its owner's organisation: a supplier's staff see their supplier's, a buyer its authority's,
/// the DPS manager and auditors every one; to anyone else it does not exist (404).
/// </summary>
internal static class WebhookOwnership
{
    public static IQueryable<WebhookSubscription> VisibleTo(this IQueryable<WebhookSubscription> subscriptions, ICurrentActor actor) =>
        actor.OverseesAll() ? subscriptions
        : actor.OwnSupplierId() is { } supplier ? subscriptions.Where(s => s.SupplierId == supplier)
        : actor.OwnAuthorityId() is { } authority ? subscriptions.Where(s => s.AuthorityId == authority)
        : subscriptions.Where(_ => false);

    public static async Task<WebhookSubscription> FindVisibleAsync(this PlatformDbContext db, Guid id, ICurrentActor actor, CancellationToken cancellationToken) =>
        await db.WebhookSubscriptions.VisibleTo(actor).SingleOrDefaultAsync(s => s.Id == id, cancellationToken)
        ?? throw new NotFoundException("Webhook subscription", id);
}
