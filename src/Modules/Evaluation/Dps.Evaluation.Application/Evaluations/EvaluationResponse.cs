using Dps.BuildingBlocks.Application;
using Dps.BuildingBlocks.Application.Contracts;
using Dps.Evaluation.Application.Competitions;
using Dps.Evaluation.Domain.Competitions;
using Dps.Evaluation.Domain.Scoring;

namespace Dps.Evaluation.Application.Evaluations;

/// <summary>
/// A closed competition's evaluation: every bid's breakdown, the ranking (compliant bids, best first, then the
/// non-compliant ones with what they missed), the parent-choice group, and the decisions recorded.
/// </summary>
public sealed record EvaluationResponse(
    Guid ReferralId,
    EvaluationStatus Status,
    string PriceBasis,
    WeightsResponse Weights,
    ScoringRulesResponse Rules,
    int BidCount,
    int CompliantBidCount,
    Money? LowestCompliantPrice,
    IReadOnlyList<Guid> ParentChoiceGroup,
    ParentChoiceResponse? ParentChoice,
    AwardResponse? Award,
    IReadOnlyList<BidEvaluation> Bids,
    DateTimeOffset ClosedAt,
    uint Version) : IVersioned
{
    internal static EvaluationResponse From(ScoredCompetition scored)
    {
        var (competition, scores, rules) = (scored.Competition, scored.Scores, scored.Rules);
        var currency = scored.Bids.FirstOrDefault()?.Price.Currency ?? string.Empty;
        var weights = competition.Terms.Weights;
        return new EvaluationResponse(
            competition.Id.Value,
            StatusOf(competition, scores),
            competition.Terms.PriceBasis,
            new WeightsResponse(weights.Price, weights.Needs, weights.Features, weights.Location, weights.CoreCompetency, weights.Outcomes),
            new ScoringRulesResponse(rules.LocationBandMiles, rules.LocationTopMark, rules.ParentChoiceMargin, rules.ParentChoiceMaxBids),
            competition.BidCount,
            scores.Bids.Count(b => b.Compliant),
            scores.LowestCompliantPrice is { } lowest ? new Money(lowest, currency) : null,
            scores.ParentChoiceGroup,
            competition.ParentChoice is { } choice ? new ParentChoiceResponse(choice.BidId, choice.RecordedBy, choice.RecordedAt, choice.Note) : null,
            competition.Award is { } award ? AwardResponse.From(award) : null,
            [.. scores.Bids.Select(score => BidEvaluation.From(scored.Bid(score.BidId), score, currency, rules))],
            competition.Terms.ClosedAt,
            competition.Version);
    }

    private static EvaluationStatus StatusOf(Competition competition, CompetitionScores scores) => competition.Status switch
    {
        CompetitionStatus.Awarded => EvaluationStatus.Awarded,
        CompetitionStatus.Cancelled => EvaluationStatus.Cancelled,
        _ when !scores.Bids.Any(b => b.Compliant) => EvaluationStatus.NoCompliantBids,
        _ when !scores.RankingComplete => EvaluationStatus.AwaitingMethodStatementScores,
        _ when scores.ParentChoiceGroup.Count > 1 && (competition.ParentChoice is not { } choice || !scores.ParentChoiceGroup.Contains(choice.BidId))
            => EvaluationStatus.AwaitingParentChoice,
        _ => EvaluationStatus.ReadyToAward,
    };
}

/// <summary>The referral's weights, percentages summing to 100.</summary>
public sealed record WeightsResponse(decimal Price, decimal Needs, decimal Features, decimal Location, decimal CoreCompetency, decimal Outcomes);

/// <summary>The scheme's scoring rules the evaluation used (configuration <c>Evaluation</c>).</summary>
public sealed record ScoringRulesResponse(decimal LocationBandMiles, int LocationTopMark, decimal ParentChoiceMargin, int ParentChoiceMaxBids);

/// <summary>The parent's or carer's choice among the group: which bid, who recorded it and when, and their note.</summary>
public sealed record ParentChoiceResponse(Guid BidId, string RecordedBy, DateTimeOffset RecordedAt, string? Note);

/// <summary>The award: the winning bid, whether it was the parent's choice, who awarded it and when, and any incentive agreed.</summary>
public sealed record AwardResponse(Guid AwardId, Guid BidId, bool ByParentChoice, string AwardedBy, DateTimeOffset AwardedAt, IncentiveResponse? Incentive)
{
    internal static AwardResponse From(CompetitionAward award) => new(
        award.AwardId,
        award.BidId,
        award.ByParentChoice,
        award.AwardedBy,
        award.AwardedAt,
        award.Incentive is { } incentive ? new IncentiveResponse(incentive.Description, Money.From(incentive.Premium)) : null);
}

/// <summary>A premium for early step-down or earlier outcomes, recorded with the award and never scored.</summary>
public sealed record IncentiveResponse(string Description, Money? Premium);

/// <summary>
/// One bid's evaluation: who bid and when, whether it is compliant (and if not, the must-have needs it missed), its rank
/// (null while the ranking waits, and always for a non-compliant bid), its total (2 decimals) and exact total, and the
/// breakdown.
/// </summary>
public sealed record BidEvaluation(
    Guid BidId,
    Guid EstablishmentId,
    Guid SupplierId,
    DateTimeOffset SubmittedAt,
    string ReceiptDigest,
    bool Compliant,
    IReadOnlyList<string> MissedMustHaves,
    int? Rank,
    decimal? Total,
    decimal? ExactTotal,
    BidBreakdown Breakdown)
{
    internal static BidEvaluation From(TenderedBid bid, BidScore score, string currency, ScoringRules rules) => new(
        bid.BidId,
        bid.EstablishmentId,
        bid.SupplierId,
        bid.SubmittedAt,
        bid.ReceiptDigest,
        score.Compliant,
        score.MissedMustHaves,
        score.Rank,
        Breakdowns.Shown(score.Total),
        score.Total,
        Breakdowns.Of(score, currency, rules));
}
