namespace Dps.Referral.Domain.Bids;

/// <summary>
/// Everything a bid says, the computed price included: what is sealed (encrypted at rest) until the deadline, and what
/// the receipt's digest is taken of. Built by <see cref="Bid.Price"/>.
/// </summary>
public sealed record BidContent(BidOffer Offer, BidPrice Price);
