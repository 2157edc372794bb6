using static Dps.UnitTests.Qualification.Authorities;

namespace Dps.UnitTests.Qualification;

public sealed class UpdateDpsTests
{
    [Test]
    public void Update_changes_title_and_participating_authorities()
    {
        var dps = PurchasingSystems.Create(participatingAuthorities: List(WestSussex, EastSussex));

        dps.Update("Placements for children and young people", List(WestSussex, Brighton));

        Assert.That(dps.Title, Is.EqualTo("Placements for children and young people"));
        Assert.That(dps.ParticipatingAuthorities, Is.EqualTo(List(WestSussex, Brighton)));
    }

    [Test]
    public void Update_keeps_reference_lead_authority_and_validity()
    {
        var dps = PurchasingSystems.Create(reference: "SET/DPS/2017", leadAuthority: WestSussex);

        dps.Update("Renamed", List(WestSussex, Brighton));

        Assert.Multiple(() =>
        {
            Assert.That(dps.Reference, Is.EqualTo("SET/DPS/2017"));
            Assert.That(dps.LeadAuthority, Is.EqualTo(WestSussex));
            Assert.That(dps.ValidFrom, Is.EqualTo(PurchasingSystems.ValidFrom));
            Assert.That(dps.ValidUntil, Is.EqualTo(PurchasingSystems.ValidUntil));
        });
    }
}
