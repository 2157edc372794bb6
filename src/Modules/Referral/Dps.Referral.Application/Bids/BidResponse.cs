using System.ComponentModel;
using Dps.BuildingBlocks.Application;
using Dps.Referral.Application.Contracts;
using Dps.Referral.Domain.Bids;
using BidContent = Dps.Referral.Application.Contracts.BidContent;

namespace Dps.Referral.Application.Bids;

/// <summary>
/// The receipt of a submission or revision: the SHA-256 (lower-case hex) of the bid's canonical content and when it was
/// sealed. Once the bid is opened, the same digest of its content proves it unchanged.
/// </summary>
public sealed record BidReceipt(
    [property: Description("The SHA-256 (lower-case hex) of the bid's canonical content as sealed: keep it to check the opened bid against.")] string Digest,
    [property: Description("When the content was sealed, at the submission or the latest revision (UTC).")] DateTimeOffset SealedAt);

/// <summary>
/// A bid as its supplier reads it, or as the buyer, the manager and auditors read it once the referral has closed.
/// <see cref="Content"/> is null to anyone else (the buyer, manager and auditors before the referral closes).
/// </summary>
public sealed record BidResponse(
    Guid Id,
    Guid ReferralId,
    Guid EstablishmentId,
    Guid SupplierId,
    [property: Description("`Submitted` (live: revisable or withdrawable until the response deadline) or `Withdrawn`.")] BidStatus Status,
    [property: Description("The receipt of the latest submission or revision.")] BidReceipt Receipt,
    [property: Description("When the bid was first submitted (UTC).")] DateTimeOffset SubmittedAt,
    [property: Description("When it was last revised (UTC); null when it never was.")] DateTimeOffset? RevisedAt,
    [property: Description("When it was withdrawn (UTC); null while it is live.")] DateTimeOffset? WithdrawnAt,
    [property: Description("Why it was withdrawn: the supplier's reason (`Withdrawn by the supplier.` when it gave none) or, on a suspension, the suspension's; null while it is live.")] string? WithdrawalReason,
    [property: Description("The offer and the price the platform computed; null to the buyer, the DPS manager and auditors until the referral has closed.")] BidContent? Content,
    uint Version) : IVersioned
{
    public static BidResponse From(Bid bid, Domain.Bids.BidContent? content) => new(
        bid.Id.Value,
        bid.ReferralId.Value,
        bid.EstablishmentId,
        bid.SupplierId,
        bid.Status,
        new BidReceipt(bid.ReceiptDigest, bid.SealedAt),
        bid.SubmittedAt,
        bid.RevisedAt,
        bid.WithdrawnAt,
        bid.WithdrawalReason,
        content is null ? null : BidContent.From(content),
        bid.Version);
}
