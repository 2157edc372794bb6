using Dps.Qualification.Domain.PurchasingSystems;
using static Dps.UnitTests.Qualification.Authorities;

namespace Dps.UnitTests.Qualification;

public sealed class CreateDpsTests
{
    [Test]
    public void Created_dps_holds_what_it_was_given()
    {
        var dps = DynamicPurchasingSystem.Create(
            "SET/DPS/2017",
            "Children's placements",
            WestSussex,
            List(WestSussex, EastSussex, Brighton),
            new DateOnly(2017, 2, 1),
            new DateOnly(2021, 1, 31),
            referenceTaken: false,
            PurchasingSystems.Now);

        Assert.Multiple(() =>
        {
            Assert.That(dps.Reference, Is.EqualTo("SET/DPS/2017"));
            Assert.That(dps.Title, Is.EqualTo("Children's placements"));
            Assert.That(dps.LeadAuthority, Is.EqualTo(WestSussex));
            Assert.That(dps.ParticipatingAuthorities, Is.EqualTo(List(WestSussex, EastSussex, Brighton)));
            Assert.That(dps.ValidFrom, Is.EqualTo(new DateOnly(2017, 2, 1)));
            Assert.That(dps.ValidUntil, Is.EqualTo(new DateOnly(2021, 1, 31)));
            Assert.That(dps.CreatedAt, Is.EqualTo(PurchasingSystems.Now));
        });
    }

    [Test]
    public void Each_created_dps_gets_its_own_id()
    {
        var first = PurchasingSystems.Create();
        var second = PurchasingSystems.Create();

        Assert.That(first.Id, Is.Not.EqualTo(second.Id));
        Assert.That(first.Id.Value, Is.Not.EqualTo(Guid.Empty));
    }
}
