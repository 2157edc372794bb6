using Dps.BuildingBlocks.Application.Messaging;
using Dps.Qualification.IntegrationEvents;

namespace Dps.Catalogue.Application.Listings;

/// <summary>A suspended member vanishes from search at once.</summary>
internal sealed class SuspendListingWhenMembershipSuspended(ICatalogueDb db, TimeProvider clock)
    : IntegrationEventHandler<MembershipSuspendedIntegrationEvent>(db)
{
    protected override async Task HandleOnceAsync(MembershipSuspendedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var listing = await db.Listings.FindListingAsync(integrationEvent.EstablishmentId, integrationEvent.CategoryId, cancellationToken);
        listing?.Suspend(clock.GetUtcNow());
    }
}
