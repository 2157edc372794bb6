using Dps.BuildingBlocks.Application.Errors;
using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.ContractManagement.Application.Contracts;
using Dps.ContractManagement.Domain.Payments;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.ContractManagement.Application.Payments;

/// <summary>A buyer of the contract's authority verifies an invoiced period (it is paid) or rejects it with a reason.</summary>
public sealed record DecidePeriodInvoice(Guid ContractId, Guid InvoiceId, bool Verify, string? Reason) : ICommand<PeriodInvoiceResponse>;

internal sealed class DecidePeriodInvoiceValidator : AbstractValidator<DecidePeriodInvoice>
{
    public DecidePeriodInvoiceValidator() => When(c => !c.Verify, () => RuleFor(c => c.Reason).NotEmpty().MaximumLength(2000));
}

internal sealed class DecidePeriodInvoiceHandler(IContractManagementDb db, ICurrentActor actor, TimeProvider clock) : IRequestHandler<DecidePeriodInvoice, PeriodInvoiceResponse>
{
    public async Task<PeriodInvoiceResponse> Handle(DecidePeriodInvoice command, CancellationToken cancellationToken)
    {
        var contract = await db.GetOwnForUpdateAsync(actor, command.ContractId, cancellationToken);
        var invoice = await db.PeriodInvoices.SingleOrDefaultAsync(i => i.Id == PeriodInvoiceId.From(command.InvoiceId) && i.ContractId == contract.Id, cancellationToken)
            ?? throw new NotFoundException("Period invoice", command.InvoiceId);
        if (command.Verify)
        {
            invoice.Verify(actor.Id, clock.GetUtcNow());
        }
        else
        {
            invoice.Reject(actor.Id, command.Reason!, clock.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);
        return PeriodInvoiceResponse.Of(invoice);
    }
}
