using Dps.BuildingBlocks.Domain;
using Dps.Qualification.Domain.PurchasingSystems.Rules;
using static Dps.UnitTests.BusinessRuleAssert;

namespace Dps.UnitTests.Qualification;

public sealed class DpsReferenceMustBeUniqueTests
{
    [Test]
    public void Dps_with_a_reference_already_taken_is_refused()
    {
        var exception = AssertBrokenRule<DpsReferenceMustBeUniqueRule>(
            () => PurchasingSystems.Create(reference: "SET/DPS/2017", referenceTaken: true));

        Assert.That(exception.Message, Does.Contain("SET/DPS/2017"));
    }

    [Test]
    public void Dps_with_a_free_reference_is_created_with_it()
    {
        var dps = PurchasingSystems.Create(reference: "DWP/DPS/EMP", referenceTaken: false);

        Assert.That(dps.Reference, Is.EqualTo("DWP/DPS/EMP"));
    }

    [Test]
    public void Taken_reference_is_a_conflict()
    {
        var exception = AssertBrokenRule<DpsReferenceMustBeUniqueRule>(() => PurchasingSystems.Create(referenceTaken: true));

        Assert.That(exception.BrokenRule.Kind, Is.EqualTo(BusinessRuleKind.Conflict));
    }
}
