using System.ComponentModel;
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
    [property: Description("Where the evaluation stands, and so what the buyer does next: `AwaitingMethodStatementScores`, `AwaitingParentChoice`, `ReadyToAward`, `Awarded`, `Cancelled` or `NoCompliantBids`.")] EvaluationStatus Status,
    [property: Description("The period the bids' prices are for, as the referral set it: `Week`, `Month` or `Annum`.")] string PriceBasis,
    [property: Description("The referral's weights the bids are scored with, in percent, summing to 100.")] WeightsResponse Weights,
    [property: Description("The scheme's scoring rules the evaluation used: the location bands and the parent-choice group's margin and size.")] ScoringRulesResponse Rules,
    [property: Description("How many bids the competition has: the live bids when the referral closed.")] int BidCount,
    [property: Description("How many of them meet every must-have need, and so are ranked.")] int CompliantBidCount,
    [property: Description("The lowest price among the compliant bids, which earns the whole price weight; null when no bid is compliant.")] Money? LowestCompliantPrice,
    [property: Description("The bids the parent or carer chooses among, in rank order: the top bid and every other less than `rules.parentChoiceMargin` points below it, at most `rules.parentChoiceMaxBids`; empty until every compliant bid is ranked.")] IReadOnlyList<Guid> ParentChoiceGroup,
    [property: Description("The parent's or carer's choice among the group; null until it is recorded.")] ParentChoiceResponse? ParentChoice,
    [property: Description("The award; null until the competition is awarded.")] AwardResponse? Award,
    [property: Description("Every bid's evaluation: the compliant bids first (in rank order once ranked, in submission order until then), then the non-compliant ones in submission order.")] IReadOnlyList<BidEvaluation> Bids,
    [property: Description("When the referral closed at its response deadline and its bids were opened (UTC).")] DateTimeOffset ClosedAt,
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
public sealed record WeightsResponse(
    [property: Description("Percent of the total for price; the other criteria make up quality.")] decimal Price,
    [property: Description("Percent for the required needs met (for a business case, the client groups an offer serves).")] decimal Needs,
    [property: Description("Percent for the desired features offered.")] decimal Features,
    [property: Description("Percent for the distance from the service user's home.")] decimal Location,
    [property: Description("Percent for the establishment's core competency score from qualification.")] decimal CoreCompetency,
    [property: Description("Percent for the outcomes method statement's score (for a business case, the buyer's fit score).")] decimal Outcomes);

/// <summary>The scheme's scoring rules the evaluation used (configuration <c>Evaluation</c>).</summary>
public sealed record ScoringRulesResponse(
    [property: Description("The width of one location band, in miles: a bid loses one location mark for every whole band between it and home (10 by default).")] decimal LocationBandMiles,
    [property: Description("The location mark within the first band, out of which location is scored (5 by default).")] int LocationTopMark,
    [property: Description("Points below the top bid's total: a bid less than this far below it joins the parent-choice group (5 by default).")] decimal ParentChoiceMargin,
    [property: Description("The most bids the parent-choice group holds, the top bid included (3 by default).")] int ParentChoiceMaxBids);

/// <summary>The parent's or carer's choice among the group: which bid, who recorded it and when, and their note.</summary>
public sealed record ParentChoiceResponse(
    Guid BidId,
    [property: Description("Who recorded the choice: the buyer, as its token names it.")] string RecordedBy,
    [property: Description("When the choice was recorded (UTC).")] DateTimeOffset RecordedAt,
    [property: Description("The buyer's note on the choice, e.g. why the family chose it; null when none was given.")] string? Note);

/// <summary>The award: the winning bid, whether it was the parent's choice, who awarded it and when, and any incentive agreed.</summary>
public sealed record AwardResponse(
    Guid AwardId,
    Guid BidId,
    [property: Description("Whether the award went to the parent's or carer's choice (the parent-choice group held more than one bid) rather than simply to the top bid; always false for an offer match.")] bool ByParentChoice,
    [property: Description("Who awarded it, as the token names them: the buyer; for an offer match, the supplier's user who accepted.")] string AwardedBy,
    [property: Description("When it was awarded (UTC).")] DateTimeOffset AwardedAt,
    [property: Description("The incentive agreed with the award; null when none was.")] IncentiveResponse? Incentive)
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
public sealed record IncentiveResponse(
    [property: Description("What the incentive is and what earns it, e.g. `£500 if stepped down to day placement by week 26`.")] string Description,
    [property: Description("The premium paid when it is earned; null when the incentive is not money.")] Money? Premium);

/// <summary>
/// One bid's evaluation: who bid and when, whether it is compliant (and if not, the must-have needs it missed), its rank
/// (null while the ranking waits, and always for a non-compliant bid), its total (2 decimals) and exact total, and the
/// breakdown.
/// </summary>
public sealed record BidEvaluation(
    Guid BidId,
    Guid EstablishmentId,
    Guid SupplierId,
    [property: Description("When the bid was first submitted (UTC): after the total and the price, the ranking's tie-break.")] DateTimeOffset SubmittedAt,
    [property: Description("The bid's receipt: the SHA-256 (lower-case hex) of its content as last sealed, which the opened bid can be checked against.")] string ReceiptDigest,
    [property: Description("Whether the bid meets every must-have need; a non-compliant bid is scored for its feedback but never ranked.")] bool Compliant,
    [property: Description("The codes of the must-have needs the bid does not meet; empty when it is compliant.")] IReadOnlyList<string> MissedMustHaves,
    [property: Description("Its place in the ranking, 1 for the best; null until every compliant bid has a total, and always for a non-compliant bid.")] int? Rank,
    [property: Description("Its total score out of 100, to 2 decimals; null while its method-statement score is awaited, and for a non-compliant bid.")] decimal? Total,
    [property: Description("The total unrounded, as the ranking uses it; null when `total` is.")] decimal? ExactTotal,
    [property: Description("How it scored, criterion by criterion, with each formula and its numbers.")] BidBreakdown Breakdown)
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
