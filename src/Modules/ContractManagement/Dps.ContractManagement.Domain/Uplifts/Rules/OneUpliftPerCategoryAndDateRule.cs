using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.Uplifts.Rules;

/// <summary>A category takes one uplift from a date, so that the same agreement is never applied twice; a unique index guards it.</summary>
internal sealed class OneUpliftPerCategoryAndDateRule(bool alreadyAgreed) : IBusinessRule
{
    public string Message => "The category already has an uplift from this date.";

    public bool IsBroken() => alreadyAgreed;

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;
}
