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
    BusinessCaseMatchStatus Status,
    IReadOnlyList<string> ClientGroups,
    WeightsResponse Weights,
    decimal MinimumStandard,
    bool RankingComplete,
    IReadOnlyList<MatchedOfferResponse> Offers,
    IReadOnlyList<OfferInvitationResponse> Invitations,
    AwardResponse? Award,
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
    int OfferVersion,
    Guid SupplierId,
    Guid EstablishmentId,
    string ProgrammeName,
    IReadOnlyList<string> ClientGroups,
    Money PricePerParticipant,
    string NearestLocation,
    FitScoreResponse? FitScore,
    int? Rank,
    decimal? Total,
    decimal? ExactTotal,
    BidBreakdown Breakdown)
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
    decimal OverallFit, decimal MovesClaimantsCloserToWork, decimal PerformanceExpectations, decimal PerformanceManagement, decimal Score, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>An invitation of an offer's supplier: when, by when it must answer, and how it ended.</summary>
public sealed record OfferInvitationResponse(Guid OfferId, DateTimeOffset InvitedAt, DateTimeOffset RespondBy, OfferInvitationOutcome Outcome, DateTimeOffset? RespondedAt, string? Reason);
