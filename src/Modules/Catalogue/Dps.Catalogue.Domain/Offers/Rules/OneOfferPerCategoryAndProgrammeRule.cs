using Dps.BuildingBlocks.Domain;

namespace Dps.Catalogue.Domain.Offers.Rules;

/// <summary>A supplier has one offer per category and programme; a change to the programme is a new version of that offer.</summary>
internal sealed class OneOfferPerCategoryAndProgrammeRule(Guid categoryId, string programmeName, IEnumerable<SupplierOffer> supplierOtherOffers)
    : IBusinessRule
{
    public string Message =>
        $"You already offer the programme '{programmeName}' in category '{categoryId}'; revise that offer instead of making another.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => supplierOtherOffers.Any(o =>
        o.CategoryId == categoryId && OfferText.Normalise(o.ProgrammeName) == OfferText.Normalise(programmeName));
}
