namespace Dps.ContractManagement.Domain.Contracts;

/// <summary>Who the contract binds: the buying authority, and the supplier and its establishment that deliver.</summary>
public sealed record ContractParties(Guid AuthorityId, Guid SupplierId, Guid EstablishmentId);
