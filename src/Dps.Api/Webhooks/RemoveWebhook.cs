using Dps.Api.Database;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using MediatR;

namespace Dps.Api.Webhooks;

/// <summary>Stop delivering to a subscription; its delivery log goes with it.</summary>
public sealed record RemoveWebhook(Guid WebhookId) : ICommand<Unit>;

internal sealed class RemoveWebhookHandler(PlatformDbContext db, ICurrentActor actor) : IRequestHandler<RemoveWebhook, Unit>
{
    public async Task<Unit> Handle(RemoveWebhook command, CancellationToken cancellationToken)
    {
        db.WebhookSubscriptions.Remove(await db.FindVisibleAsync(command.WebhookId, actor, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
