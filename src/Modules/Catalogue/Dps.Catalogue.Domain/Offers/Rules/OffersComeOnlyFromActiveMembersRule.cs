using Dps.BuildingBlocks.Domain;

namespace Dps.Catalogue.Domain.Offers.Rules;

/// <summary>Only a supplier admitted to the category, and not suspended there, may offer or revise a programme in it.</summary>
internal sealed class OffersComeOnlyFromActiveMembersRule(Guid categoryId, StandingInCategory standing) : IBusinessRule
{
    public string Message => standing == StandingInCategory.Suspended
        ? $"Your membership of category '{categoryId}' is suspended; offers can be made again once it is reinstated."
        : $"None of your establishments is admitted to category '{categoryId}'; apply to the category before offering in it.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => standing is StandingInCategory.NotAMember or StandingInCategory.Suspended;
}
