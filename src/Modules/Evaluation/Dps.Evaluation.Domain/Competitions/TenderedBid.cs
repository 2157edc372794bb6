using Dps.BuildingBlocks.Domain;
using Dps.Evaluation.Domain.Scoring;

namespace Dps.Evaluation.Domain.Competitions;

/// <summary>
/// One bid of a closed competition, as Referral opened it: the inputs scoring uses (price, distance, what it meets, the
/// core competency score at close, when it was submitted) and what the award carries (its lines). Never changed.
/// </summary>
public sealed class TenderedBid
{
    private TenderedBid()
    {
    }

    public Guid BidId { get; private set; }

    public CompetitionId CompetitionId { get; private set; }

    public Guid EstablishmentId { get; private set; }

    public Guid SupplierId { get; private set; }

    /// <summary>The price per the referral's basis, as the platform computed it: core + variable − group discount.</summary>
    public decimal PriceAmount { get; private set; }

    public string Currency { get; private set; } = null!;

    public Money Price => new(PriceAmount, Currency);

    public decimal DiscountPercent { get; private set; }

    public IReadOnlyList<TenderedCostLine> CoreCosts { get; private set; } = [];

    public IReadOnlyList<TenderedCostLine> VariableCosts { get; private set; } = [];

    public IReadOnlyList<string> NeedsMet { get; private set; } = [];

    public IReadOnlyList<string> FeaturesMet { get; private set; } = [];

    public string MethodStatement { get; private set; } = null!;

    public DateOnly ProposedStartDate { get; private set; }

    public decimal DistanceMiles { get; private set; }

    public decimal? CoreCompetencyScore { get; private set; }

    /// <summary>When it was first submitted: the last tie-break of the ranking.</summary>
    public DateTimeOffset SubmittedAt { get; private set; }

    public string ReceiptDigest { get; private set; } = null!;

    public static TenderedBid Open(
        CompetitionId competitionId,
        Guid bidId,
        Guid establishmentId,
        Guid supplierId,
        Money price,
        decimal discountPercent,
        IReadOnlyList<TenderedCostLine> coreCosts,
        IReadOnlyList<TenderedCostLine> variableCosts,
        IReadOnlyList<string> needsMet,
        IReadOnlyList<string> featuresMet,
        string methodStatement,
        DateOnly proposedStartDate,
        decimal distanceMiles,
        decimal? coreCompetencyScore,
        DateTimeOffset submittedAt,
        string receiptDigest) => new()
        {
            BidId = bidId,
            CompetitionId = competitionId,
            EstablishmentId = establishmentId,
            SupplierId = supplierId,
            PriceAmount = price.Amount,
            Currency = price.Currency,
            DiscountPercent = discountPercent,
            CoreCosts = coreCosts,
            VariableCosts = variableCosts,
            NeedsMet = needsMet,
            FeaturesMet = featuresMet,
            MethodStatement = methodStatement,
            ProposedStartDate = proposedStartDate,
            DistanceMiles = distanceMiles,
            CoreCompetencyScore = coreCompetencyScore,
            SubmittedAt = submittedAt,
            ReceiptDigest = receiptDigest,
        };

    /// <summary>What scoring sees of this bid, with the method statement's effective score (null while pending).</summary>
    public BidInputs ScoringInputs(decimal? outcomesScore) =>
        new(BidId, PriceAmount, DistanceMiles, NeedsMet, FeaturesMet, CoreCompetencyScore, outcomesScore, SubmittedAt);
}
