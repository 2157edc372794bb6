using Dps.BuildingBlocks.Application.Time;
using Dps.Qualification.Domain.Applications;
using Dps.Qualification.Domain.Memberships;
using MediatR;
using Microsoft.Extensions.Options;

namespace Dps.Qualification.Application.Memberships;

/// <summary>Admission creates an active membership per admitted category, in the decision's transaction.</summary>
internal sealed class GrantMembershipsOnDecision(IQualificationDb db, SchemeClock clock, IOptions<QualificationScheme> scheme)
    : INotificationHandler<ApplicationDecided>
{
    public Task Handle(ApplicationDecided notification, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        foreach (var admitted in notification.AdmittedCategories)
        {
            db.Memberships.Add(Membership.Grant(
                notification.SupplierId,
                notification.EstablishmentId,
                notification.DpsId,
                notification.ApplicationId,
                admitted,
                today,
                scheme.Value.AuditIntervalMonths));
        }

        return Task.CompletedTask;
    }
}
