using Dps.BuildingBlocks.Application.Messaging;
using Dps.Catalogue.Domain.Taxonomies;
using Dps.Qualification.IntegrationEvents;

namespace Dps.Catalogue.Application.Taxonomies;

internal sealed class OpenTaxonomyWhenCategoryAdded(ICatalogueDb db, TimeProvider clock)
    : IntegrationEventHandler<CategoryAddedIntegrationEvent>(db)
{
    protected override Task HandleOnceAsync(CategoryAddedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        db.Taxonomies.Add(Taxonomy.Open(integrationEvent.DpsId, integrationEvent.CategoryId, integrationEvent.Name, clock.GetUtcNow()));
        return Task.CompletedTask;
    }
}
