using Dps.BuildingBlocks.Domain;

namespace Dps.Evaluation.Domain.Competitions;

/// <summary>
/// The award decision: the winning bid (the top one, or the parent's choice within the group), who decided and when,
/// and the optional incentive agreed with it (recorded, never scored).
/// </summary>
public sealed record CompetitionAward(Guid AwardId, Guid BidId, bool ByParentChoice, string AwardedBy, DateTimeOffset AwardedAt, AwardIncentive? Incentive);

/// <summary>A premium for an early step-down or earlier outcomes, e.g. "£500 if stepped down to day placement by week 26".</summary>
public sealed record AwardIncentive(string Description, Money? Premium);
