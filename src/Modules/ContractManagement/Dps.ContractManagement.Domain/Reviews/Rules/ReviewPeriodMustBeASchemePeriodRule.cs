using Dps.BuildingBlocks.Domain;

namespace Dps.ContractManagement.Domain.Reviews.Rules;

/// <summary>Reviews are of the scheme's periods (6-monthly: from 1 January or 1 July), so no two overlap.</summary>
internal sealed class ReviewPeriodMustBeASchemePeriodRule(ReviewPeriod period) : IBusinessRule
{
    public string Message => $"A review period is {period.Months} months from the 1st of a month {period.Months} months on from January; {period.Start:yyyy-MM-dd} does not start one.";

    public bool IsBroken() => !period.IsAligned;

    public BusinessRuleKind Kind => BusinessRuleKind.Unprocessable;
}
