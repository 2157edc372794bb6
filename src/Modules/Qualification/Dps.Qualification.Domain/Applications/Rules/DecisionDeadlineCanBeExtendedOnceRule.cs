using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.Applications.Rules;

internal sealed class DecisionDeadlineCanBeExtendedOnceRule(DecisionDeadline deadline) : IBusinessRule
{
    public string Message => "The decision deadline has already been extended.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => deadline.IsExtended;
}
