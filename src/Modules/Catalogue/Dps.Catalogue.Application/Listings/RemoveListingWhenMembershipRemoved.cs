using Dps.BuildingBlocks.Application.Messaging;
using Dps.Qualification.IntegrationEvents;

namespace Dps.Catalogue.Application.Listings;

/// <summary>A removed member is never searchable again, unless admitted anew.</summary>
internal sealed class RemoveListingWhenMembershipRemoved(ICatalogueDb db, TimeProvider clock)
    : IntegrationEventHandler<MembershipRemovedIntegrationEvent>(db)
{
    protected override async Task HandleOnceAsync(MembershipRemovedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var listing = await db.Listings.FindListingAsync(integrationEvent.EstablishmentId, integrationEvent.CategoryId, cancellationToken);
        listing?.Remove(clock.GetUtcNow());
    }
}
