using Dps.BuildingBlocks.Application.Messaging;
using Dps.Qualification.Domain.Memberships;
using Dps.Qualification.IntegrationEvents;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.Qualification.Application.Memberships;

/// <summary>Tells the other modules, through the outbox and in the same transaction, what happened to a membership.</summary>
internal sealed class PublishMembershipEvents(IQualificationDb db, TimeProvider clock)
    : INotificationHandler<MembershipGranted>,
      INotificationHandler<MembershipSuspended>,
      INotificationHandler<MembershipReinstated>,
      INotificationHandler<MembershipRemoved>,
      INotificationHandler<CoreCompetencyScoreChanged>
{
    public async Task Handle(MembershipGranted notification, CancellationToken cancellationToken)
    {
        var membership = await MembershipAsync(notification.MembershipId, cancellationToken);
        var establishment = await db.Establishments.AsNoTracking().SingleAsync(e => e.Id == membership.EstablishmentId, cancellationToken);
        var supplier = await db.Suppliers.AsNoTracking().SingleAsync(s => s.Id == membership.SupplierId, cancellationToken);
        db.AddToOutbox(new EstablishmentAdmittedIntegrationEvent(
            NewEventId(),
            clock.GetUtcNow(),
            membership.Id.Value,
            membership.EstablishmentId.Value,
            membership.SupplierId.Value,
            membership.DpsId.Value,
            membership.CategoryId.Value,
            new EstablishmentSnapshot(
                establishment.Name, establishment.Postcode, establishment.Latitude, establishment.Longitude, establishment.Capacity, supplier.IsSme),
            QualifiedCoreCosts.Of(membership),
            membership.Discounts.CohortPercent,
            membership.Discounts.SiblingPercent,
            membership.CoreCompetencyScore));
    }

    public async Task Handle(MembershipSuspended notification, CancellationToken cancellationToken)
    {
        var membership = await MembershipAsync(notification.MembershipId, cancellationToken);
        db.AddToOutbox(new MembershipSuspendedIntegrationEvent(
            NewEventId(), clock.GetUtcNow(), membership.Id.Value, membership.EstablishmentId.Value, membership.CategoryId.Value,
            notification.FailedCriteria, notification.Reason));
    }

    public async Task Handle(MembershipReinstated notification, CancellationToken cancellationToken)
    {
        var membership = await MembershipAsync(notification.MembershipId, cancellationToken);
        db.AddToOutbox(new MembershipReinstatedIntegrationEvent(
            NewEventId(), clock.GetUtcNow(), membership.Id.Value, membership.EstablishmentId.Value, membership.CategoryId.Value));
    }

    public async Task Handle(MembershipRemoved notification, CancellationToken cancellationToken)
    {
        var membership = await MembershipAsync(notification.MembershipId, cancellationToken);
        db.AddToOutbox(new MembershipRemovedIntegrationEvent(
            NewEventId(), clock.GetUtcNow(), membership.Id.Value, membership.EstablishmentId.Value, membership.CategoryId.Value, notification.Reason));
    }

    public async Task Handle(CoreCompetencyScoreChanged notification, CancellationToken cancellationToken)
    {
        var membership = await MembershipAsync(notification.MembershipId, cancellationToken);
        db.AddToOutbox(new CoreCompetencyScoreChangedIntegrationEvent(
            NewEventId(), clock.GetUtcNow(), membership.Id.Value, membership.EstablishmentId.Value, membership.CategoryId.Value,
            notification.PreviousScore, notification.NewScore, notification.Reason));
    }

    private static Guid NewEventId() => Guid.CreateVersion7();

    /// <summary>The membership is tracked by the save that raised the event (added or changed), so this finds it without a query.</summary>
    private async Task<Membership> MembershipAsync(MembershipId membershipId, CancellationToken cancellationToken) =>
        (await db.Memberships.FindAsync([membershipId], cancellationToken))!;
}
