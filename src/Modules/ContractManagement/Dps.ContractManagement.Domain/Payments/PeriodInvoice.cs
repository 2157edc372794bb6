using Dps.BuildingBlocks.Domain;
using Dps.ContractManagement.Domain.Contracts;
using Dps.ContractManagement.Domain.Payments.Rules;

namespace Dps.ContractManagement.Domain.Payments;

/// <summary>
/// The supplier's invoice of one period of a contract priced per week, month or annum, for the amount the platform
/// computes, and the buyer's decision: verified or rejected, once. A rejected period may be invoiced again.
/// </summary>
public sealed class PeriodInvoice : Entity
{
    private PeriodInvoice()
    {
    }

    public PeriodInvoiceId Id { get; private set; }

    public ContractId ContractId { get; private set; }

    public int Number { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public Money Amount { get; private set; } = null!;

    public ClaimStatus Status { get; private set; }

    public string InvoicedBy { get; private set; } = null!;

    public DateTimeOffset InvoicedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? RejectionReason { get; private set; }

    internal static PeriodInvoice Raise(ContractId contractId, InvoicePeriod period, string invoicedBy, DateTimeOffset now) => new()
    {
        Id = PeriodInvoiceId.New(),
        ContractId = contractId,
        Number = period.Number,
        From = period.From,
        To = period.To,
        Amount = period.Amount,
        Status = ClaimStatus.Claimed,
        InvoicedBy = invoicedBy,
        InvoicedAt = now,
    };

    public void Verify(string verifiedBy, DateTimeOffset now)
    {
        CheckRule(new ClaimIsDecidedOnceRule(Status));
        (Status, DecidedBy, DecidedAt) = (ClaimStatus.Verified, verifiedBy, now);
    }

    public void Reject(string rejectedBy, string reason, DateTimeOffset now)
    {
        CheckRule(new ClaimIsDecidedOnceRule(Status));
        CheckRule(new RejectionMustGiveItsReasonRule(reason));
        (Status, DecidedBy, DecidedAt, RejectionReason) = (ClaimStatus.Rejected, rejectedBy, now, reason.Trim());
    }
}
