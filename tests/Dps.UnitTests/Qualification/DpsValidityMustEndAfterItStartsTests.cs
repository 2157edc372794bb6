using Dps.BuildingBlocks.Domain;
using Dps.Qualification.Domain.PurchasingSystems.Rules;
using static Dps.UnitTests.BusinessRuleAssert;

namespace Dps.UnitTests.Qualification;

public sealed class DpsValidityMustEndAfterItStartsTests
{
    private static readonly DateOnly Start = new(2017, 2, 1);

    [Test]
    public void Validity_that_ends_before_it_starts_is_refused() =>
        AssertBrokenRule<DpsValidityMustEndAfterItStartsRule>(
            () => PurchasingSystems.Create(validFrom: Start, validUntil: Start.AddDays(-1)));

    [Test]
    public void Validity_that_ends_the_day_it_starts_is_refused() =>
        AssertBrokenRule<DpsValidityMustEndAfterItStartsRule>(
            () => PurchasingSystems.Create(validFrom: Start, validUntil: Start));

    [Test]
    public void Validity_that_ends_the_day_after_it_starts_is_accepted()
    {
        var dps = PurchasingSystems.Create(validFrom: Start, validUntil: Start.AddDays(1));

        Assert.That((dps.ValidFrom, dps.ValidUntil), Is.EqualTo((Start, Start.AddDays(1))));
    }

    [Test]
    public void Reversed_validity_is_unprocessable()
    {
        var exception = AssertBrokenRule<DpsValidityMustEndAfterItStartsRule>(
            () => PurchasingSystems.Create(validFrom: Start, validUntil: Start.AddDays(-1)));

        Assert.That(exception.BrokenRule.Kind, Is.EqualTo(BusinessRuleKind.Unprocessable));
    }
}
