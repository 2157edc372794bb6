using Dps.BuildingBlocks.Application.Messaging;
using Dps.Catalogue.Domain.Listings;
using Dps.Qualification.IntegrationEvents;

namespace Dps.Catalogue.Application.Listings;

/// <summary>A suspended member vanishes from search at once.</summary>
internal sealed class SuspendListingWhenMembershipSuspended(ICatalogueDb db, TimeProvider clock)
    : IntegrationEventHandler<MembershipSuspendedIntegrationEvent>(db)
{
    protected override async Task HandleOnceAsync(MembershipSuspendedIntegrationEvent suspended, CancellationToken cancellationToken)
    {
        var listing = await db.Listings.GetListingAsync(suspended.MembershipId, suspended.EstablishmentId, suspended.CategoryId, cancellationToken);
        listing.Suspend(new MembershipFact(suspended.MembershipId, suspended.OccurredAt), clock.GetUtcNow());
    }
}
