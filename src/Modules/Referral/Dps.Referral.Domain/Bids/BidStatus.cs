namespace Dps.Referral.Domain.Bids;

/// <summary>A bid is live (<see cref="Submitted"/>, revisable until the deadline) or withdrawn, by its supplier or on a suspension.</summary>
public enum BidStatus
{
    Submitted,
    Withdrawn,
}
