using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.PurchasingSystems;

/// <summary>The DPS was set up, or the authorities taking part in it are no longer the same.</summary>
internal sealed record DpsParticipantsChanged(DpsId DpsId, IReadOnlyList<Guid> AuthorityIds) : IDomainEvent;
