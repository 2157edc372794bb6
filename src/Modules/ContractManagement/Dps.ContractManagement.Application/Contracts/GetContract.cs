using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using MediatR;

namespace Dps.ContractManagement.Application.Contracts;

/// <summary>A contract, for its authority's buyers, its supplier, the manager and auditors.</summary>
public sealed record GetContract(Guid ContractId) : IQuery<ContractResponse>;

internal sealed class GetContractHandler(IContractManagementDb db, ICurrentActor actor) : IRequestHandler<GetContract, ContractResponse>
{
    public async Task<ContractResponse> Handle(GetContract query, CancellationToken cancellationToken) =>
        ContractResponse.From(await db.GetReadableAsync(actor, query.ContractId, cancellationToken));
}
