using Dps.BuildingBlocks.Application.Messaging;
using Dps.ContractManagement.IntegrationEvents;
using Dps.Qualification.Domain.Memberships;

namespace Dps.Qualification.Application.Memberships;

/// <summary>
/// Contract management recorded evidence that a member fails a pass/fail criterion: the membership keeps it as a pending
/// suspension request. Only the DPS manager suspends, so nothing changes until the manager confirms it.
/// </summary>
internal sealed class RequestSuspensionWhenCriterionFails(IQualificationDb db) : IntegrationEventHandler<SuspensionRequestedIntegrationEvent>(db)
{
    protected override async Task HandleOnceAsync(SuspensionRequestedIntegrationEvent requested, CancellationToken cancellationToken)
    {
        var membership = await db.Memberships.CurrentOfAsync(requested.EstablishmentId, requested.CategoryId, cancellationToken);
        membership?.RequestSuspension(new RequestedSuspension(
            requested.RequestId, requested.ContractId, requested.CriterionCode, requested.Evidence, requested.Reference, requested.RequestedBy, requested.OccurredAt));
    }
}
