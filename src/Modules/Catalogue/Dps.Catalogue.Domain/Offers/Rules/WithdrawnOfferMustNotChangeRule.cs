using Dps.BuildingBlocks.Domain;

namespace Dps.Catalogue.Domain.Offers.Rules;

/// <summary>A withdrawn offer is kept as it was: it is neither revised nor withdrawn again.</summary>
internal sealed class WithdrawnOfferMustNotChangeRule(OfferId offerId, OfferStatus status) : IBusinessRule
{
    public string Message => $"Offer '{offerId}' has been withdrawn; it no longer changes. Make a new offer instead.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => status == OfferStatus.Withdrawn;
}
