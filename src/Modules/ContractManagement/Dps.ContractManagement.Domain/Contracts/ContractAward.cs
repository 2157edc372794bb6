namespace Dps.ContractManagement.Domain.Contracts;

/// <summary>
/// The award the contract was made from: its id (one contract per award), route and time, the referral (none for a
/// direct placement), and for a direct placement the scheme's reason and the buyer's justification; for a competition or
/// offer match, how many bids or offers were weighed and when it opened.
/// </summary>
public sealed record ContractAward(
    Guid AwardId, ContractRoute Route, Guid? ReferralId, DateTimeOffset AwardedAt, DirectPlacementGrounds? Grounds, int? Bids = null, DateTimeOffset? CompetitionOpenedAt = null);
