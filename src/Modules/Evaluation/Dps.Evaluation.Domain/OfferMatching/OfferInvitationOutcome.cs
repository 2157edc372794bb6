namespace Dps.Evaluation.Domain.OfferMatching;

public enum OfferInvitationOutcome
{
    /// <summary>Awaiting the supplier's answer until its respond-by time.</summary>
    Pending = 1,

    Accepted = 2,

    Declined = 3,

    /// <summary>Not answered in time: treated as declined, and the next offer is invited.</summary>
    Lapsed = 4,
}
