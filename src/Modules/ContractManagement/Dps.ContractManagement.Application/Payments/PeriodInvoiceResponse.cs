using System.ComponentModel;
using Dps.BuildingBlocks.Application.Contracts;
using Dps.ContractManagement.Domain.Payments;

namespace Dps.ContractManagement.Application.Payments;

/// <summary>An invoiced period: its days, the amount the platform computed, and the buyer's decision.</summary>
public sealed record PeriodInvoiceResponse(
    Guid Id,
    Guid ContractId,
    [property: Description("Which period of the term it is, 1 for the first.")] int Number,
    [property: Description("The period's first day (a calendar date, Europe/London).")] DateOnly From,
    [property: Description("The period's last day, included: the day before the next period begins, or the term's end for a last period cut short (a calendar date, Europe/London).")] DateOnly To,
    [property: Description("What the period costs, as the platform computed it: the price in effect on its first day, pro rata by days for a last period cut short, to the penny.")] Money Amount,
    [property: Description("`Claimed` (awaiting the buyer's decision), `Verified` (the period is paid) or `Rejected` (the supplier may invoice the period again).")] ClaimStatus Status,
    [property: Description("Who invoiced it (the token's subject).")] string InvoicedBy,
    [property: Description("When it was invoiced (UTC).")] DateTimeOffset InvoicedAt,
    [property: Description("The buyer who verified or rejected it (the token's subject); null until decided.")] string? DecidedBy,
    [property: Description("When it was verified or rejected (UTC); null until decided.")] DateTimeOffset? DecidedAt,
    [property: Description("Why the buyer rejected it; null unless rejected.")] string? RejectionReason)
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
