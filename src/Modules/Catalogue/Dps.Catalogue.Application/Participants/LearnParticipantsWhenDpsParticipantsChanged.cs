using Dps.BuildingBlocks.Application.Messaging;
using Dps.Catalogue.Domain.Participants;
using Dps.Qualification.IntegrationEvents;
using Microsoft.EntityFrameworkCore;

namespace Dps.Catalogue.Application.Participants;

/// <summary>Buyers see a DPS's catalogue once the Catalogue knows their authority takes part, and no longer once it has left.</summary>
internal sealed class LearnParticipantsWhenDpsParticipantsChanged(ICatalogueDb db, TimeProvider clock)
    : IntegrationEventHandler<DpsParticipantsChangedIntegrationEvent>(db)
{
    protected override async Task HandleOnceAsync(DpsParticipantsChangedIntegrationEvent changed, CancellationToken cancellationToken)
    {
        var known = await db.DpsParticipants.SingleOrDefaultAsync(p => p.DpsId == changed.DpsId, cancellationToken);
        if (known is null)
        {
            db.DpsParticipants.Add(DpsParticipants.Learn(changed.DpsId, changed.AuthorityIds, changed.OccurredAt, clock.GetUtcNow()));
        }
        else
        {
            known.Change(changed.AuthorityIds, changed.OccurredAt, clock.GetUtcNow());
        }
    }
}
