using Dps.BuildingBlocks.Domain;

namespace Dps.Evaluation.Domain.OfferMatching.Rules;

/// <summary>Only the supplier of the offer invited now answers, and only before its respond-by time.</summary>
internal sealed class OfferInvitationMustBeOpenRule(OfferInvitation? pending, Guid offerId, Guid supplierId, BusinessCaseMatchStatus status, DateTimeOffset now) : IBusinessRule
{
    public string Message => pending is null || pending.OfferId != offerId || pending.SupplierId != supplierId
        ? $"Offer {offerId} is not invited now (the offer matching is {status})."
        : $"The invitation had to be answered by {pending.RespondBy:u}.";

    public bool IsBroken() => pending is null || pending.OfferId != offerId || pending.SupplierId != supplierId || !pending.IsOpenAt(now);

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;
}
