using Dps.BuildingBlocks.Application.Messaging;
using Dps.Qualification.IntegrationEvents;

namespace Dps.Catalogue.Application.Listings;

/// <summary>A reinstated member is searchable again.</summary>
internal sealed class ReinstateListingWhenMembershipReinstated(ICatalogueDb db, TimeProvider clock)
    : IntegrationEventHandler<MembershipReinstatedIntegrationEvent>(db)
{
    protected override async Task HandleOnceAsync(MembershipReinstatedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var listing = await db.Listings.FindListingAsync(integrationEvent.EstablishmentId, integrationEvent.CategoryId, cancellationToken);
        listing?.Reinstate(clock.GetUtcNow());
    }
}
