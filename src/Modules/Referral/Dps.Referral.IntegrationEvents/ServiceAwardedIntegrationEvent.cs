using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Domain;

namespace Dps.Referral.IntegrationEvents;

/// <summary>How a service came to be awarded.</summary>
public enum AwardRoute
{
    /// <summary>A referral's mini-competition, scored and awarded by Evaluation.</summary>
    Competition = 1,

    /// <summary>A business case matched against the category's offers (DWP), awarded by Evaluation.</summary>
    OfferMatch = 2,

    /// <summary>An award without competition, for a reason from the scheme's list, recorded by Referral.</summary>
    DirectPlacement = 3,
}

/// <summary>One line of the awarded price, e.g. a core cost line or a variable cost for this service user.</summary>
public sealed record AwardedCostLine(string LineCode, string Description, Money Amount);

/// <summary>
/// How the category is paid for, when its DPS defines it (DWP): percentages of the price at start, at completion and on
/// a job outcome, which is <paramref name="WeeksInWork"/> in work within <paramref name="TrackingWindowWeeks"/> of completion.
/// </summary>
public sealed record AwardedFundingModel(
    Guid FundingModelId,
    decimal StartSharePercent,
    decimal CompletionSharePercent,
    decimal JobOutcomeSharePercent,
    int WeeksInWork,
    int TrackingWindowWeeks);

/// <summary>
/// How the award was competed, for benchmarking: how many bids (or, for an offer match, offers) were weighed, and when the
/// competition opened — the referral published, or the business case handed to matching.
/// </summary>
public sealed record AwardedCompetition(int Bids, DateTimeOffset OpenedAt);

/// <summary>
/// A service was awarded to a supplier's establishment: ContractManagement makes the contract (call-off) from it.
/// This is the one award event of the platform: Referral raises it for a direct placement, and Evaluation raises the
/// same event for an awarded competition (<see cref="AwardRoute.Competition"/>) or offer match
/// (<see cref="AwardRoute.OfferMatch"/>), so a consumer handles every award alike.
/// </summary>
/// <param name="AwardId">The award's own id, and the event's subject: the direct placement's id, or Evaluation's award id.</param>
/// <param name="ReferralId">The referral or business case awarded; null for a direct placement, which has none.</param>
/// <param name="ServiceUserReference">The anonymised service-user reference (e.g. <c>KCC-20261234</c>), never a name.</param>
/// <param name="Price">The awarded price per <paramref name="PriceBasis"/>: <c>Week</c>, <c>Month</c> or <c>Annum</c>, or <c>Participant</c> for an offer match.</param>
/// <param name="CostLines">What the price is built from, when known (a bid's core and variable lines); may be empty.</param>
/// <param name="FundingModel">The category's funding model when its DPS has one (milestone payments); null when the service is paid per period.</param>
/// <param name="Reason">For a direct placement, the code of the scheme's reason (e.g. <c>ParentalPreference</c>); else null.</param>
/// <param name="Justification">For a direct placement, the buyer's justification; else null.</param>
/// <param name="Competition">For a competition or offer match, how it was competed; null for a direct placement.</param>
public sealed record ServiceAwardedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid AwardId,
    AwardRoute Route,
    Guid? ReferralId,
    Guid DpsId,
    Guid CategoryId,
    Guid AuthorityId,
    Guid SupplierId,
    Guid EstablishmentId,
    string ServiceUserReference,
    Money Price,
    string PriceBasis,
    IReadOnlyList<AwardedCostLine> CostLines,
    DateOnly StartDate,
    int TermWeeks,
    int Places,
    AwardedFundingModel? FundingModel,
    DateTimeOffset AwardedAt,
    string? Reason,
    string? Justification,
    AwardedCompetition? Competition = null) : IntegrationEvent(Id, OccurredAt);
