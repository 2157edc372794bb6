using Dps.BuildingBlocks.Application;
using Dps.Referral.Application.Contracts;
using Dps.Referral.Domain.Bids;
using BidContent = Dps.Referral.Application.Contracts.BidContent;

namespace Dps.Referral.Application.Bids;

/// <summary>
/// The receipt of a submission or revision: the SHA-256 (lower-case hex) of the bid's canonical content and when it was
/// sealed. Once the bid is opened, the same digest of its content proves it unchanged.
/// </summary>
public sealed record BidReceipt(string Digest, DateTimeOffset SealedAt);

/// <summary>
/// A bid as its supplier reads it, or as the buyer, the manager and auditors read it once the referral has closed.
/// <see cref="Content"/> is null to anyone else (the buyer, manager and auditors before the referral closes).
/// </summary>
public sealed record BidResponse(
    Guid Id,
    Guid ReferralId,
    Guid EstablishmentId,
    Guid SupplierId,
    BidStatus Status,
    BidReceipt Receipt,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? RevisedAt,
    DateTimeOffset? WithdrawnAt,
    string? WithdrawalReason,
    BidContent? Content,
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
