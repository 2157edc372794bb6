using Dps.BuildingBlocks.Domain;

namespace Dps.UnitTests;

public static class BusinessRuleAssert
{
    /// <summary>Asserts that <paramref name="action"/> breaks <typeparamref name="TRule"/> and no other rule.</summary>
    public static BusinessRuleValidationException AssertBrokenRule<TRule>(TestDelegate action)
        where TRule : IBusinessRule
    {
        var exception = Assert.Throws<BusinessRuleValidationException>(action, $"Expected {typeof(TRule).Name} to be broken.");
        Assert.That(exception!.BrokenRule, Is.TypeOf<TRule>(), $"Expected {typeof(TRule).Name} to be broken, not {exception.RuleName}.");
        return exception;
    }
}
