using Dps.BuildingBlocks.Application.Messaging;

namespace Dps.Qualification.IntegrationEvents;

/// <summary>A category was added to a DPS; the Catalogue opens its (empty) taxonomy.</summary>
public sealed record CategoryAddedIntegrationEvent(Guid Id, DateTimeOffset OccurredAt, Guid CategoryId, Guid DpsId, string Name)
    : IntegrationEvent(Id, OccurredAt);
