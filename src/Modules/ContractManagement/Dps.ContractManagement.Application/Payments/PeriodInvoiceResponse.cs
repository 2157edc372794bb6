using Dps.BuildingBlocks.Application.Contracts;
using Dps.ContractManagement.Domain.Payments;

namespace Dps.ContractManagement.Application.Payments;

/// <summary>An invoiced period: its days, the amount the platform computed, and the buyer's decision.</summary>
public sealed record PeriodInvoiceResponse(
    Guid Id,
    Guid ContractId,
    int Number,
    DateOnly From,
    DateOnly To,
    Money Amount,
    ClaimStatus Status,
    string InvoicedBy,
    DateTimeOffset InvoicedAt,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? RejectionReason)
{
    internal static PeriodInvoiceResponse Of(PeriodInvoice invoice) => new(
        invoice.Id.Value,
        invoice.ContractId.Value,
        invoice.Number,
        invoice.From,
        invoice.To,
        Money.From(invoice.Amount),
        invoice.Status,
        invoice.InvoicedBy,
        invoice.InvoicedAt,
        invoice.DecidedBy,
        invoice.DecidedAt,
        invoice.RejectionReason);
}
