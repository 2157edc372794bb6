using Dps.BuildingBlocks.Application.Messaging;
using Dps.Catalogue.Domain.Listings;
using Dps.Qualification.IntegrationEvents;

namespace Dps.Catalogue.Application.Listings;

/// <summary>A reinstated member is searchable again.</summary>
internal sealed class ReinstateListingWhenMembershipReinstated(ICatalogueDb db, TimeProvider clock)
    : IntegrationEventHandler<MembershipReinstatedIntegrationEvent>(db)
{
    protected override async Task HandleOnceAsync(MembershipReinstatedIntegrationEvent reinstated, CancellationToken cancellationToken)
    {
        var listing = await db.Listings.GetListingAsync(reinstated.MembershipId, reinstated.EstablishmentId, reinstated.CategoryId, cancellationToken);
        listing.Reinstate(new MembershipFact(reinstated.MembershipId, reinstated.OccurredAt), clock.GetUtcNow());
    }
}
