using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using FluentValidation;
using MediatR;

namespace Dps.ContractManagement.Application.Contracts;

/// <summary>A buyer of the contract's authority ends it early, on a day of its term, with a reason.</summary>
public sealed record TerminateContract(Guid ContractId, DateOnly TerminatedOn, string Reason, uint? ExpectedVersion) : ICommand<ContractResponse>;

internal sealed class TerminateContractValidator : AbstractValidator<TerminateContract>
{
    public TerminateContractValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(2000);
}

internal sealed class TerminateContractHandler(IContractManagementDb db, ICurrentActor actor, TimeProvider clock) : IRequestHandler<TerminateContract, ContractResponse>
{
    public async Task<ContractResponse> Handle(TerminateContract command, CancellationToken cancellationToken)
    {
        var contract = await db.GetOwnForUpdateAsync(actor, command.ContractId, cancellationToken);
        db.ExpectVersion(contract, command.ExpectedVersion);
        contract.Terminate(command.TerminatedOn, command.Reason.Trim(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return ContractResponse.From(contract);
    }
}
