using System.ComponentModel;
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
    [property: Description("Whether this bid won the award.")] bool Won,
    [property: Description("Whether the bid met every must-have need; a non-compliant bid was scored but not ranked.")] bool Compliant,
    [property: Description("The codes of the must-have needs the bid did not meet; empty when it was compliant.")] IReadOnlyList<string> MissedMustHaves,
    [property: Description("Its place in the ranking, 1 for the best; null when it was not compliant.")] int? Rank,
    [property: Description("How many of the competition's bids were compliant, and so ranked.")] int CompliantBidCount,
    [property: Description("Its total score out of 100, to 2 decimals; null when it was not compliant.")] decimal? Total,
    [property: Description("How it scored, criterion by criterion, with each formula and its numbers.")] BidBreakdown Breakdown,
    [property: Description("The winning bid's points per criterion and its total, without its bidder or price.")] CriterionPoints WinningBid,
    [property: Description("When the competition was awarded (UTC).")] DateTimeOffset AwardedAt,
    uint Version) : IVersioned;
