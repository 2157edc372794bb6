using Dps.BuildingBlocks.Application.Messaging;
using Dps.Catalogue.Domain.Listings;
using Dps.Qualification.IntegrationEvents;

namespace Dps.Catalogue.Application.Listings;

internal sealed class ListEstablishmentWhenAdmitted(ICatalogueDb db, TimeProvider clock)
    : IntegrationEventHandler<EstablishmentAdmittedIntegrationEvent>(db)
{
    protected override async Task HandleOnceAsync(EstablishmentAdmittedIntegrationEvent admitted, CancellationToken cancellationToken)
    {
        var snapshot = new ListingSnapshot(
            admitted.MembershipId,
            admitted.EstablishmentId,
            admitted.SupplierId,
            admitted.DpsId,
            admitted.CategoryId,
            admitted.Establishment.Name,
            admitted.Establishment.Postcode,
            admitted.Establishment.Latitude,
            admitted.Establishment.Longitude,
            admitted.Establishment.Capacity,
            admitted.CoreCompetencyScore,
            admitted.OccurredAt);
        var now = clock.GetUtcNow();
        var existing = await db.Listings.FindListingAsync(admitted.EstablishmentId, admitted.CategoryId, cancellationToken);
        if (existing is null)
        {
            db.Listings.Add(ListedEstablishment.Admit(snapshot, now));
        }
        else
        {
            existing.Readmit(snapshot, now);
        }
    }
}
