using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.ContractManagement.IntegrationEvents;
using FluentValidation;
using MediatR;

namespace Dps.ContractManagement.Application.Contracts;

/// <summary>
/// A buyer of the contract's authority (or the DPS manager) records evidence that the establishment no longer meets a
/// pass/fail criterion; Qualification receives it as a suspension request for the manager to confirm.
/// </summary>
public sealed record RecordCriterionFailure(Guid ContractId, string CriterionCode, string Evidence, string Reference, uint? ExpectedVersion)
    : ICommand<ContractResponse>;

internal sealed class RecordCriterionFailureValidator : AbstractValidator<RecordCriterionFailure>
{
    public RecordCriterionFailureValidator()
    {
        RuleFor(c => c.CriterionCode).NotEmpty().MaximumLength(40);
        RuleFor(c => c.Evidence).NotEmpty().MaximumLength(4000);
        RuleFor(c => c.Reference).NotEmpty().MaximumLength(200);
    }
}

internal sealed class RecordCriterionFailureHandler(IContractManagementDb db, ICurrentActor actor, TimeProvider clock)
    : IRequestHandler<RecordCriterionFailure, ContractResponse>
{
    public async Task<ContractResponse> Handle(RecordCriterionFailure command, CancellationToken cancellationToken)
    {
        var contract = await db.GetForMonitoringAsync(actor, command.ContractId, cancellationToken);
        db.ExpectVersion(contract, command.ExpectedVersion);
        var now = clock.GetUtcNow();
        var failure = contract.RecordCriterionFailure(command.CriterionCode.Trim(), command.Evidence.Trim(), command.Reference.Trim(), actor.Id, now);
        db.AddToOutbox(new SuspensionRequestedIntegrationEvent(
            Guid.NewGuid(), now, failure.RequestId, contract.Id.Value, contract.CategoryId, contract.EstablishmentId,
            failure.CriterionCode, failure.Evidence, failure.Reference, actor.Id));
        await db.SaveChangesAsync(cancellationToken);
        return ContractResponse.From(contract);
    }
}
