using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.ContractManagement.Application.Contracts;
using Dps.ContractManagement.Domain.Payments;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.ContractManagement.Application.Payments;

/// <summary>The supplier of a contract priced per week, month or annum invoices one period; the platform computes the amount.</summary>
public sealed record InvoiceContractPeriod(Guid ContractId, int Period) : ICommand<PeriodInvoiceResponse>;

internal sealed class InvoiceContractPeriodValidator : AbstractValidator<InvoiceContractPeriod>
{
    public InvoiceContractPeriodValidator() => RuleFor(c => c.Period).InclusiveBetween(1, 10_000);
}

internal sealed class InvoiceContractPeriodHandler(IContractManagementDb db, ICurrentActor actor, TimeProvider clock) : IRequestHandler<InvoiceContractPeriod, PeriodInvoiceResponse>
{
    public async Task<PeriodInvoiceResponse> Handle(InvoiceContractPeriod command, CancellationToken cancellationToken)
    {
        var contract = await db.GetSuppliedForUpdateAsync(actor, command.ContractId, cancellationToken);

        var invoiced = await db.PeriodInvoices.Where(i => i.ContractId == contract.Id && i.Status != ClaimStatus.Rejected).Select(i => i.Number).ToListAsync(cancellationToken);
        var invoice = contract.InvoicePeriod(command.Period, invoiced, actor.Id, clock.GetUtcNow());
        db.PeriodInvoices.Add(invoice);
        await db.SaveChangesAsync(cancellationToken);
        return PeriodInvoiceResponse.Of(invoice);
    }
}
