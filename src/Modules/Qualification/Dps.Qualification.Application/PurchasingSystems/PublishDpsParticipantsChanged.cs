using Dps.Qualification.Domain.PurchasingSystems;
using Dps.Qualification.IntegrationEvents;
using MediatR;

namespace Dps.Qualification.Application.PurchasingSystems;

/// <summary>The Catalogue shows a DPS only to the buyers of the authorities taking part, so it is told who they are.</summary>
internal sealed class PublishDpsParticipantsChanged(IQualificationDb db, TimeProvider clock) : INotificationHandler<DpsParticipantsChanged>
{
    public Task Handle(DpsParticipantsChanged notification, CancellationToken cancellationToken)
    {
        db.AddToOutbox(new DpsParticipantsChangedIntegrationEvent(
            Guid.CreateVersion7(), clock.GetUtcNow(), notification.DpsId.Value, notification.AuthorityIds));
        return Task.CompletedTask;
    }
}
