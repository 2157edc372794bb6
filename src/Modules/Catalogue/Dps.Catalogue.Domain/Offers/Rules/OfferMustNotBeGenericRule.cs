using Dps.BuildingBlocks.Domain;

namespace Dps.Catalogue.Domain.Offers.Rules;

/// <summary>
/// A generic offer — the same description, client groups, outcomes, locations and price as one the supplier already makes
/// in another category — is refused: an offer must be written for its category.
/// </summary>
internal sealed class OfferMustNotBeGenericRule(Guid categoryId, string fingerprint, IEnumerable<SupplierOffer> supplierOtherOffers)
    : IBusinessRule
{
    public string Message =>
        "This is a generic offer: its description, client groups, outcomes, locations and price are the same as your offer in another category. Describe what you offer in this category.";

    public bool IsBroken() => supplierOtherOffers.Any(o => o.CategoryId != categoryId && o.Fingerprint == fingerprint);
}
