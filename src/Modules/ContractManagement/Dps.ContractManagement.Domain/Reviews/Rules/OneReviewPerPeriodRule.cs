using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.Reviews.Rules;

/// <summary>An establishment is reviewed once per period in a category; a unique index guards it against racing reviews.</summary>
internal sealed class OneReviewPerPeriodRule(bool alreadyReviewed) : IBusinessRule
{
    public string Message => "The establishment's performance in this category is already reviewed for the period.";

    public bool IsBroken() => alreadyReviewed;

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;
}
