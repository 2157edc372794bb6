using Dps.BuildingBlocks.Application.Messaging;
using Dps.Catalogue.Domain.Listings;
using Dps.Qualification.IntegrationEvents;

namespace Dps.Catalogue.Application.Listings;

/// <summary>Search shows the member's current core competency score.</summary>
internal sealed class ChangeListingScoreWhenScoreChanged(ICatalogueDb db, TimeProvider clock)
    : IntegrationEventHandler<CoreCompetencyScoreChangedIntegrationEvent>(db)
{
    protected override async Task HandleOnceAsync(CoreCompetencyScoreChangedIntegrationEvent changed, CancellationToken cancellationToken)
    {
        var listing = await db.Listings.GetListingAsync(changed.MembershipId, changed.EstablishmentId, changed.CategoryId, cancellationToken);
        listing.ChangeScore(new MembershipFact(changed.MembershipId, changed.OccurredAt), changed.NewScore, clock.GetUtcNow());
    }
}
