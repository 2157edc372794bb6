using Dps.BuildingBlocks.Application.Messaging;
using Dps.Qualification.IntegrationEvents;

namespace Dps.Catalogue.Application.Listings;

/// <summary>Search shows the member's current core competency score.</summary>
internal sealed class ChangeListingScoreWhenScoreChanged(ICatalogueDb db, TimeProvider clock)
    : IntegrationEventHandler<CoreCompetencyScoreChangedIntegrationEvent>(db)
{
    protected override async Task HandleOnceAsync(CoreCompetencyScoreChangedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var listing = await db.Listings.FindListingAsync(integrationEvent.EstablishmentId, integrationEvent.CategoryId, cancellationToken);
        listing?.ChangeScore(integrationEvent.NewScore, clock.GetUtcNow());
    }
}
