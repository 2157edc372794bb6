using Dps.BuildingBlocks.Domain;
using Dps.Qualification.Domain.PurchasingSystems.Rules;

namespace Dps.UnitTests.BuildingBlocks;

public sealed class BusinessRuleValidationExceptionTests
{
    [Test]
    public void Rule_name_drops_the_Rule_suffix()
    {
        var exception = Assert.Throws<BusinessRuleValidationException>(
            () => Qualification.PurchasingSystems.Create(validFrom: new DateOnly(2017, 2, 1), validUntil: new DateOnly(2017, 2, 1)));

        Assert.That(exception!.RuleName, Is.EqualTo("DpsValidityMustEndAfterItStarts"));
    }

    [Test]
    public void Rule_name_without_the_suffix_is_kept_whole()
    {
        var exception = new BusinessRuleValidationException(new AlwaysBroken());

        Assert.That(exception.RuleName, Is.EqualTo(nameof(AlwaysBroken)));
    }

    [Test]
    public void Name_of_a_rule_type_drops_only_the_trailing_Rule() =>
        Assert.That(
            BusinessRuleValidationException.NameOf(typeof(CategoryNameMustBeUniqueWithinDpsRule)),
            Is.EqualTo("CategoryNameMustBeUniqueWithinDps"));

    [Test]
    public void Exception_carries_the_rule_message()
    {
        var exception = new BusinessRuleValidationException(new AlwaysBroken());

        Assert.That(exception.Message, Is.EqualTo(AlwaysBroken.Text));
    }

    [Test]
    public void Rule_kind_defaults_to_unprocessable()
    {
        IBusinessRule rule = new AlwaysBroken();

        Assert.That(rule.Kind, Is.EqualTo(BusinessRuleKind.Unprocessable));
    }

    private sealed class AlwaysBroken : IBusinessRule
    {
        public const string Text = "Always broken.";

        public string Message => Text;

        public bool IsBroken() => true;
    }
}
