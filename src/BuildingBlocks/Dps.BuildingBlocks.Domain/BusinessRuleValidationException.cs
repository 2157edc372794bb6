namespace Dps.BuildingBlocks.Domain;

public sealed class BusinessRuleValidationException(IBusinessRule brokenRule) : Exception(brokenRule.Message)
{
    public IBusinessRule BrokenRule { get; } = brokenRule;

    /// <summary>The rule's name, e.g. <c>DpsValidityMustEndAfterItStarts</c>.</summary>
    public string RuleName => BrokenRule.Name;

    public static string NameOf(Type ruleType) =>
        ruleType.Name.EndsWith("Rule", StringComparison.Ordinal) ? ruleType.Name[..^4] : ruleType.Name;
}
