namespace Dps.Evaluation.Domain.OfferMatching;

/// <summary>An invitation of one offer's supplier to take the business case, and how it ended.</summary>
public sealed record OfferInvitation(
    Guid OfferId, Guid SupplierId, DateTimeOffset InvitedAt, DateTimeOffset RespondBy, OfferInvitationOutcome Outcome, DateTimeOffset? RespondedAt, string? Reason)
{
    public bool IsOpenAt(DateTimeOffset now) => Outcome == OfferInvitationOutcome.Pending && now < RespondBy;
}
