using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using MediatR;

namespace Dps.ContractManagement.Application.Contracts;

/// <summary>A buyer of the contract's authority records that the service was delivered, to its last day.</summary>
public sealed record CompleteContract(Guid ContractId, DateOnly CompletedOn, uint? ExpectedVersion) : ICommand<ContractResponse>;

internal sealed class CompleteContractHandler(IContractManagementDb db, ICurrentActor actor, TimeProvider clock) : IRequestHandler<CompleteContract, ContractResponse>
{
    public async Task<ContractResponse> Handle(CompleteContract command, CancellationToken cancellationToken)
    {
        var contract = await db.GetOwnForUpdateAsync(actor, command.ContractId, cancellationToken);
        db.ExpectVersion(contract, command.ExpectedVersion);
        contract.Complete(command.CompletedOn, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return ContractResponse.From(contract);
    }
}
