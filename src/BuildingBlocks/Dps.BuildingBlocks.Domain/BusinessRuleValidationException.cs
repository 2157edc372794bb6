namespace Dps.BuildingBlocks.Domain;

public sealed class BusinessRuleValidationException(IBusinessRule brokenRule) : Exception(brokenRule.Message)
{
    public IBusinessRule BrokenRule { get; } = brokenRule;

    /// <summary>The rule's class name without the "Rule" suffix, e.g. <c>DpsValidityMustEndAfterItStarts</c>.</summary>
    public string RuleName => NameOf(BrokenRule.GetType());

    public static string NameOf(Type ruleType) =>
        ruleType.Name.EndsWith("Rule", StringComparison.Ordinal) ? ruleType.Name[..^4] : ruleType.Name;
}
