using System.ComponentModel;
using Dps.BuildingBlocks.Application;
using Dps.BuildingBlocks.Application.Contracts;
using Dps.Evaluation.Application.Evaluations;
using Dps.Evaluation.Domain.OfferMatching;

namespace Dps.Evaluation.Application.OfferMatching;

/// <summary>
/// A business case's offer matching: the offers ranked against it with the same breakdown as bids (its <c>needs</c> are
/// the business case's client groups, one mark each; <c>outcomes</c> is the buyer's fit score), the invitations in the
/// order they were sent, and the award. A supplier sees only its own offers.
/// </summary>
public sealed record OfferMatchesResponse(
    Guid ReferralId,
    [property: Description("Where the matching stands: `Ranking` (fit scores being recorded, no one invited yet), `Inviting` (one offer's supplier invited at a time, best first), `Awarded`, `NoSuitableOffer` (no offer left at or above the minimum standard) or `Cancelled`.")] BusinessCaseMatchStatus Status,
    [property: Description("The client groups the business case is for, as the buyer named them; each one an offer serves earns one mark under `needs`.")] IReadOnlyList<string> ClientGroups,
    [property: Description("The business case's weights the offers are scored with, in percent, summing to 100.")] WeightsResponse Weights,
    [property: Description("The lowest total (out of 100) an offer may have and still be invited (60 by default).")] decimal MinimumStandard,
    [property: Description("Whether every offer has its total, so that the offers are ranked and the best may be invited.")] bool RankingComplete,
    [property: Description("The offers scored against the business case, best first once ranked; a supplier sees only its own.")] IReadOnlyList<MatchedOfferResponse> Offers,
    [property: Description("The invitations to take the business case, in the order they were sent; a supplier sees only its own.")] IReadOnlyList<OfferInvitationResponse> Invitations,
    [property: Description("The award, made when an invited supplier accepts; null until then, and to a supplier whose offer did not win.")] AwardResponse? Award,
    uint Version) : IVersioned
{
    internal static OfferMatchesResponse From(ScoredMatch scored, decimal minimumStandard, Func<MatchedOffer, bool> visible)
    {
        var (match, scores) = (scored.Match, scored.Scores);
        var weights = match.Terms.Weights;
        var shown = scored.Offers.Where(visible).Select(o => o.OfferId).ToHashSet();
        return new OfferMatchesResponse(
            match.Id.Value,
            match.Status,
            match.Terms.ClientGroups,
            new WeightsResponse(weights.Price, weights.Needs, weights.Features, weights.Location, weights.CoreCompetency, weights.Outcomes),
            minimumStandard,
            scores.RankingComplete,
            [.. scores.Bids.Where(s => shown.Contains(s.BidId)).Select(s => MatchedOfferResponse.From(scored.Offer(s.BidId), s, scored))],
            [.. match.Invitations.Where(i => shown.Contains(i.OfferId)).Select(i => new OfferInvitationResponse(i.OfferId, i.InvitedAt, i.RespondBy, i.Outcome, i.RespondedAt, i.Reason))],
            match.Award is { } award && shown.Contains(award.BidId) ? AwardResponse.From(award) : null,
            match.Version);
    }
}

/// <summary>One offer's place in the ranking: the offer, its supplier and contracting establishment, its inputs, fit score and breakdown.</summary>
public sealed record MatchedOfferResponse(
    Guid OfferId,
    [property: Description("The offer's version number as it stood when the business case was handed to matching: later changes to the offer are not taken in.")] int OfferVersion,
    Guid SupplierId,
    Guid EstablishmentId,
    [property: Description("The name of the offer's programme.")] string ProgrammeName,
    [property: Description("The client groups the offer serves; those of the business case earn its `needs` marks.")] IReadOnlyList<string> ClientGroups,
    [property: Description("The offer's price per participant, scored as a bid's price is.")] Money PricePerParticipant,
    [property: Description("The offer's delivery location nearest the business case's location, by name and postcode; its distance is the breakdown's `location.miles`.")] string NearestLocation,
    [property: Description("The buyer's fit score of the offer; null until it is recorded.")] FitScoreResponse? FitScore,
    [property: Description("Its place in the ranking, 1 for the best; null until every offer has a total.")] int? Rank,
    [property: Description("Its total score out of 100, to 2 decimals; null while its fit score is awaited.")] decimal? Total,
    [property: Description("The total unrounded, as the ranking uses it; null when `total` is.")] decimal? ExactTotal,
    [property: Description("How it scored, criterion by criterion, as bids are: `needs` are the business case's client groups it serves, `outcomes` its fit score.")] BidBreakdown Breakdown)
{
    internal static MatchedOfferResponse From(MatchedOffer offer, Domain.Scoring.BidScore score, ScoredMatch scored) => new(
        offer.OfferId,
        offer.OfferVersion,
        offer.SupplierId,
        offer.EstablishmentId,
        offer.ProgrammeName,
        offer.ClientGroups,
        Money.From(offer.Price),
        offer.NearestLocation,
        offer.FitScore is { } fit ? new FitScoreResponse(fit.OverallFit, fit.MovesClaimantsCloserToWork, fit.PerformanceExpectations, fit.PerformanceManagement, fit.Score, fit.RecordedBy, fit.RecordedAt) : null,
        score.Rank,
        Breakdowns.Shown(score.Total),
        score.Total,
        Breakdowns.Of(score, offer.Currency, scored.Rules));
}

/// <summary>The buyer's scores (0–100) on DWP's four evaluation questions and their mean, the offer's fit score.</summary>
public sealed record FitScoreResponse(
    [property: Description("The buyer's score, 0–100, for the overall fit of the offer's content.")] decimal OverallFit,
    [property: Description("The buyer's score, 0–100, for the evidence that the offer moves claimants closer to work.")] decimal MovesClaimantsCloserToWork,
    [property: Description("The buyer's score, 0–100, for the performance the offer expects and its rationale.")] decimal PerformanceExpectations,
    [property: Description("The buyer's score, 0–100, for the performance management the offer has in place.")] decimal PerformanceManagement,
    [property: Description("The mean of the four scores (0–100): the offer's fit score, scored as `outcomes`.")] decimal Score,
    [property: Description("Who recorded it: the buyer, as its token names it.")] string RecordedBy,
    [property: Description("When it was last recorded (UTC).")] DateTimeOffset RecordedAt);

/// <summary>An invitation of an offer's supplier: when, by when it must answer, and how it ended.</summary>
public sealed record OfferInvitationResponse(
    Guid OfferId,
    [property: Description("When the offer's supplier was invited (UTC).")] DateTimeOffset InvitedAt,
    [property: Description("When the supplier must accept or decline by (UTC): the same time of day, 2 working days later by default.")] DateTimeOffset RespondBy,
    [property: Description("How it ended: `Pending` (awaiting the answer), `Accepted` (the award), `Declined`, or `Lapsed` (not answered in time, treated as declined).")] OfferInvitationOutcome Outcome,
    [property: Description("When it was accepted, declined or found lapsed (UTC); null while pending.")] DateTimeOffset? RespondedAt,
    [property: Description("The supplier's reason for declining, or `Not answered in time.` for a lapse; null while pending and once accepted.")] string? Reason);
