using Dps.BuildingBlocks.Application;
using Dps.Evaluation.Application.Evaluations;

namespace Dps.Evaluation.Application.Feedback;

/// <summary>
/// What a bidder learns after the award: its own breakdown, total and rank (null when non-compliant, with the must-have
/// needs it missed), how many bids were compliant, whether it won, and the winning bid's points per criterion and total
/// — never another bidder's identity or price. Its version is the competition's.
/// </summary>
public sealed record BidFeedbackResponse(
    Guid BidId,
    Guid ReferralId,
    bool Won,
    bool Compliant,
    IReadOnlyList<string> MissedMustHaves,
    int? Rank,
    int CompliantBidCount,
    decimal? Total,
    BidBreakdown Breakdown,
    CriterionPoints WinningBid,
    DateTimeOffset AwardedAt,
    uint Version) : IVersioned;
