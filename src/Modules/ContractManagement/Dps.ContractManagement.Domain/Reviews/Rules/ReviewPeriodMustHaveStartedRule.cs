using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.Reviews.Rules;

/// <summary>Performance is reviewed for a period under way or past, never one still to come.</summary>
internal sealed class ReviewPeriodMustHaveStartedRule(ReviewPeriod period, DateOnly today) : IBusinessRule
{
    public string Message => $"The review period starting {period.Start:yyyy-MM-dd} has not begun.";

    public bool IsBroken() => period.Start > today;

    public BusinessRuleKind Kind => BusinessRuleKind.Unprocessable;
}
