using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Application.Security;
using Dps.ContractManagement.Application.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Dps.ContractManagement.Application.Payments;

/// <summary>A contract's invoiced periods, in period order, for whoever may read the contract.</summary>
public sealed record ListPeriodInvoices(Guid ContractId) : IQuery<IReadOnlyList<PeriodInvoiceResponse>>;

internal sealed class ListPeriodInvoicesHandler(IContractManagementDb db, ICurrentActor actor) : IRequestHandler<ListPeriodInvoices, IReadOnlyList<PeriodInvoiceResponse>>
{
    public async Task<IReadOnlyList<PeriodInvoiceResponse>> Handle(ListPeriodInvoices query, CancellationToken cancellationToken)
    {
        var contract = await db.GetReadableAsync(actor, query.ContractId, cancellationToken);
        var invoices = await db.PeriodInvoices.AsNoTracking().Where(i => i.ContractId == contract.Id).OrderBy(i => i.Number).ThenBy(i => i.InvoicedAt).ToListAsync(cancellationToken);
        return [.. invoices.Select(PeriodInvoiceResponse.Of)];
    }
}
