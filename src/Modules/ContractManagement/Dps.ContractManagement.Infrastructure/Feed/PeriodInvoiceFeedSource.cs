using Dps.BuildingBlocks.Infrastructure.Feed;
using Dps.ContractManagement.Domain.Payments;
using Microsoft.EntityFrameworkCore;

namespace Dps.ContractManagement.Infrastructure.Feed;

internal sealed class PeriodInvoiceFeedSource : FeedSource<PeriodInvoice>
{
    protected override string Kind => "invoice";

    protected override async ValueTask<IReadOnlyList<FeedNotice>> DescribeAsync(PeriodInvoice invoice, string change, DbContext db, CancellationToken cancellationToken) =>
        await ContractParts.PartiesAsync(db, invoice.ContractId, cancellationToken) is { } parties
            ? [Notice(change, invoice.Id.Value, $"/api/v1/contracts/{invoice.ContractId}/invoices", parties)]
            : [];
}
