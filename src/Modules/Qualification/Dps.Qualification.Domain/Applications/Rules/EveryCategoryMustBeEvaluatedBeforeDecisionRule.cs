using Dps.BuildingBlocks.Domain;

namespace Dps.Qualification.Domain.Applications.Rules;

internal sealed class EveryCategoryMustBeEvaluatedBeforeDecisionRule(IReadOnlyList<CategoryApplication> categories) : IBusinessRule
{
    public string Message => "Every category of the application must be evaluated before the decision.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => categories.Any(c => c.Evaluation is null);
}
