using Dps.BuildingBlocks.Domain;

namespace Dps.Catalogue.Domain.Offers.Rules;

internal sealed class OfferCategoryMustBelongToTheDpsRule(Guid dpsId, Guid categoryId, StandingInCategory standing) : IBusinessRule
{
    public string Message => $"Category '{categoryId}' is not a category of DPS '{dpsId}'.";

    public bool IsBroken() => standing == StandingInCategory.CategoryNotInTheDps;
}
