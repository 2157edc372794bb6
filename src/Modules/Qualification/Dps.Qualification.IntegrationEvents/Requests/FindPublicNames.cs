using Dps.BuildingBlocks.Application.Messaging;

namespace Dps.Qualification.IntegrationEvents.Requests;

/// <summary>
/// Asked when awards are published (ContractManagement): the public names of the DPSs' participating authorities, of
/// the categories and of the suppliers, and whether each supplier is an SME. Ids Qualification does not know are left out.
/// </summary>
public sealed record FindPublicNames(IReadOnlyList<Guid> DpsIds, IReadOnlyList<Guid> CategoryIds, IReadOnlyList<Guid> SupplierIds) : IQuery<PublicNames>;

public sealed record PublicNames(
    IReadOnlyDictionary<Guid, string> Authorities, IReadOnlyDictionary<Guid, string> Categories, IReadOnlyDictionary<Guid, PublicSupplier> Suppliers);

public sealed record PublicSupplier(string Name, bool IsSme);
