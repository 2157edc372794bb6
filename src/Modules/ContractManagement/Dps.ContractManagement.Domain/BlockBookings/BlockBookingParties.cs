namespace Dps.ContractManagement.Domain.BlockBookings;

/// <summary>Who the block binds and where: the buying authority, the supplier and its establishment, the DPS and category.</summary>
public sealed record BlockBookingParties(Guid DpsId, Guid CategoryId, Guid AuthorityId, Guid SupplierId, Guid EstablishmentId);
