namespace Dps.ContractManagement.Domain.BlockBookings;

/// <summary>
/// One place of a block drawn down, without a new competition: the anonymised service-user reference (e.g.
/// <c>KCC-20261234</c>, never a name), the day the placement starts, and who recorded it when.
/// </summary>
public sealed record BlockPlacement(Guid PlacementId, string ServiceUserReference, DateOnly StartDate, string PlacedBy, DateTimeOffset PlacedAt);
