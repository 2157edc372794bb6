using Dps.Api.Database;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Paging;
using Dps.BuildingBlocks.Application.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Api.Webhooks;

/// <summary>The subscriptions of the caller's organisation, newest first (the manager and auditors: every one).</summary>
public sealed record ListWebhooks(int Page, int PageSize) : IQuery<Paged<WebhookResponse>>, IPagedQuery;

public sealed record GetWebhook(Guid WebhookId) : IQuery<WebhookResponse>;

/// <summary>A subscription's delivery attempts, newest first.</summary>
public sealed record ListWebhookDeliveries(Guid WebhookId, int Page, int PageSize) : IQuery<Paged<WebhookDeliveryResponse>>, IPagedQuery;

internal sealed class ListWebhooksValidator : AbstractValidator<ListWebhooks>
{
    public ListWebhooksValidator() => Include(PagingRules.Instance);
}

internal sealed class ListWebhookDeliveriesValidator : AbstractValidator<ListWebhookDeliveries>
{
    public ListWebhookDeliveriesValidator() => Include(PagingRules.Instance);
}

internal sealed class ReadWebhooksHandler(PlatformDbContext db, ICurrentActor actor) :
    IRequestHandler<ListWebhooks, Paged<WebhookResponse>>,
    IRequestHandler<GetWebhook, WebhookResponse>,
    IRequestHandler<ListWebhookDeliveries, Paged<WebhookDeliveryResponse>>
{
    public async Task<Paged<WebhookResponse>> Handle(ListWebhooks query, CancellationToken cancellationToken)
    {
        return await db.WebhookSubscriptions.AsNoTracking().VisibleTo(actor)
            .OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id)
            .ToPagedAsync(query, WebhookResponse.From, cancellationToken);
    }

    public async Task<WebhookResponse> Handle(GetWebhook query, CancellationToken cancellationToken) =>
        WebhookResponse.From(await db.FindVisibleAsync(query.WebhookId, actor, cancellationToken));

    public async Task<Paged<WebhookDeliveryResponse>> Handle(ListWebhookDeliveries query, CancellationToken cancellationToken)
    {
        await db.FindVisibleAsync(query.WebhookId, actor, cancellationToken);
        return await db.WebhookDeliveries.AsNoTracking().Where(d => d.SubscriptionId == query.WebhookId)
            .OrderByDescending(d => d.AttemptedAt).ThenByDescending(d => d.Id)
            .ToPagedAsync(query, WebhookDeliveryResponse.From, cancellationToken);
    }
}
