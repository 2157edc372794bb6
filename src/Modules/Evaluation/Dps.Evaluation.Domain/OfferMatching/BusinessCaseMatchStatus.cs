namespace Dps.Evaluation.Domain.OfferMatching;

public enum BusinessCaseMatchStatus
{
    /// <summary>The offers are ranked; fit scores are being recorded and no supplier is invited yet.</summary>
    Ranking = 1,

    /// <summary>One offer's supplier is invited at a time, best first, until one accepts.</summary>
    Inviting = 2,

    Awarded = 3,

    /// <summary>No offer (left) reaches the minimum standard.</summary>
    NoSuitableOffer = 4,

    Cancelled = 5,
}
