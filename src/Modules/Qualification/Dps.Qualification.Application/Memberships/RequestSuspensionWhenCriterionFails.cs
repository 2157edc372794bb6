using Dps.BuildingBlocks.Application.Messaging;
using Dps.ContractManagement.IntegrationEvents;
using Dps.Qualification.Domain.Categories;
using Dps.Qualification.Domain.Establishments;
using Dps.Qualification.Domain.Memberships;
using Microsoft.EntityFrameworkCore;

namespace Dps.Qualification.Application.Memberships;

/// <summary>
/// Contract management recorded evidence that a member fails a pass/fail criterion: the membership keeps it as a pending
/// suspension request. Only the DPS manager suspends, so nothing changes until the manager confirms it.
/// </summary>
internal sealed class RequestSuspensionWhenCriterionFails(IQualificationDb db) : IntegrationEventHandler<SuspensionRequestedIntegrationEvent>(db)
{
    protected override async Task HandleOnceAsync(SuspensionRequestedIntegrationEvent requested, CancellationToken cancellationToken)
    {
        var membership = await db.Memberships.SingleOrDefaultAsync(
            m => m.EstablishmentId == EstablishmentId.From(requested.EstablishmentId)
                && m.CategoryId == CategoryId.From(requested.CategoryId)
                && m.Status != MembershipStatus.Removed,
            cancellationToken);
        membership?.RequestSuspension(new RequestedSuspension(
            requested.RequestId, requested.ContractId, requested.CriterionCode, requested.Evidence, requested.Reference, requested.RequestedBy, requested.OccurredAt));
    }
}
