using Dps.BuildingBlocks.Domain;
using Dps.Evaluation.Domain.Scoring;

namespace Dps.Evaluation.Domain.OfferMatching;

/// <summary>
/// One of the category's offers as it stood when the business case was handed to matching: the inputs its score is
/// computed from (price per participant, client groups, the nearest delivery location's distance from the business
/// case, the supplier's best active establishment's core competency score) and the buyer's fit score once recorded.
/// </summary>
public sealed class MatchedOffer
{
    private MatchedOffer()
    {
    }

    public BusinessCaseMatchId MatchId { get; private set; }

    public Guid OfferId { get; private set; }

    public int OfferVersion { get; private set; }

    public Guid SupplierId { get; private set; }

    /// <summary>The supplier's active member establishment in the category with the best core competency score: the contracting party.</summary>
    public Guid EstablishmentId { get; private set; }

    public string ProgrammeName { get; private set; } = null!;

    public IReadOnlyList<string> ClientGroups { get; private set; } = [];

    public decimal PricePerParticipant { get; private set; }

    public string Currency { get; private set; } = null!;

    /// <summary>The nearest delivery location, by name and postcode, and its distance in miles (2 decimals).</summary>
    public string NearestLocation { get; private set; } = null!;

    public decimal NearestMiles { get; private set; }

    public decimal CoreCompetencyScore { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public FitScore? FitScore { get; private set; }

    public Money Price => new(PricePerParticipant, Currency);

    public static MatchedOffer Take(
        BusinessCaseMatchId matchId,
        Guid offerId,
        int offerVersion,
        Guid supplierId,
        Guid establishmentId,
        string programmeName,
        IReadOnlyList<string> clientGroups,
        Money pricePerParticipant,
        string nearestLocation,
        decimal nearestMiles,
        decimal coreCompetencyScore,
        DateTimeOffset submittedAt) => new()
        {
            MatchId = matchId,
            OfferId = offerId,
            OfferVersion = offerVersion,
            SupplierId = supplierId,
            EstablishmentId = establishmentId,
            ProgrammeName = programmeName,
            ClientGroups = clientGroups,
            PricePerParticipant = pricePerParticipant.Amount,
            Currency = pricePerParticipant.Currency,
            NearestLocation = nearestLocation,
            NearestMiles = nearestMiles,
            CoreCompetencyScore = coreCompetencyScore,
            SubmittedAt = submittedAt,
        };

    public void RecordFitScore(BusinessCaseMatch match, FitScore score)
    {
        match.CheckRanking();
        FitScore = score;
    }

    /// <summary>
    /// The offer as the one scorer sees a bid: price per participant; the business case's client groups as its "needs",
    /// each of one mark; the nearest delivery location's distance; the fit score as the outcomes score.
    /// </summary>
    public BidInputs ScoringInputs() =>
        new(OfferId, PricePerParticipant, NearestMiles, ClientGroups, [], CoreCompetencyScore, FitScore?.Score, SubmittedAt);
}
