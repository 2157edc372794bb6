using Dps.BuildingBlocks.Application.Messaging;
using Dps.Catalogue.Domain.Listings;
using Dps.Qualification.IntegrationEvents;

namespace Dps.Catalogue.Application.Listings;

/// <summary>A removed member is never searchable again, unless admitted anew.</summary>
internal sealed class RemoveListingWhenMembershipRemoved(ICatalogueDb db, TimeProvider clock)
    : IntegrationEventHandler<MembershipRemovedIntegrationEvent>(db)
{
    protected override async Task HandleOnceAsync(MembershipRemovedIntegrationEvent removed, CancellationToken cancellationToken)
    {
        var listing = await db.Listings.GetListingAsync(removed.MembershipId, removed.EstablishmentId, removed.CategoryId, cancellationToken);
        listing.Remove(new MembershipFact(removed.MembershipId, removed.OccurredAt), clock.GetUtcNow());
    }
}
