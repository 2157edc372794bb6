using Dps.BuildingBlocks.Application.Messaging;

namespace Dps.Qualification.IntegrationEvents;

/// <summary>
/// A DPS was set up, or the authorities taking part in it changed. <paramref name="AuthorityIds"/> is the whole set as it
/// stands (the lead authority among them): their buyers may use the DPS, and no other authority's.
/// </summary>
public sealed record DpsParticipantsChangedIntegrationEvent(Guid Id, DateTimeOffset OccurredAt, Guid DpsId, IReadOnlyList<Guid> AuthorityIds)
    : IntegrationEvent(Id, OccurredAt);
