using Dps.Qualification.Domain.PurchasingSystems;
using static Dps.UnitTests.Qualification.Authorities;

namespace Dps.UnitTests.Qualification;

/// <summary>Who takes part in a DPS decides which buyers see it, so each change of who does is announced, and nothing else is.</summary>
public sealed class DpsParticipantsChangedTests
{
    [Test]
    public void A_new_dps_announces_every_authority_taking_part_the_lead_among_them()
    {
        var dps = PurchasingSystems.Create(leadAuthority: WestSussex, participatingAuthorities: List(EastSussex, WestSussex));

        var announced = dps.DomainEvents.OfType<DpsParticipantsChanged>().Single();

        Assert.That(announced.DpsId, Is.EqualTo(dps.Id));
        Assert.That(announced.AuthorityIds, Is.EquivalentTo(new[] { WestSussex.Id, EastSussex.Id }));
        Assert.That(dps.AuthorityIds, Is.EquivalentTo(new[] { WestSussex.Id, EastSussex.Id }));
    }

    [Test]
    public void Changing_the_participating_authorities_announces_the_new_set()
    {
        var dps = PurchasingSystems.Create(participatingAuthorities: List(WestSussex, EastSussex));
        dps.ClearDomainEvents();

        dps.Update("Children's placements", List(WestSussex, Brighton));

        var announced = dps.DomainEvents.OfType<DpsParticipantsChanged>().Single();
        Assert.That(announced.AuthorityIds, Is.EquivalentTo(new[] { WestSussex.Id, Brighton.Id }));
        Assert.That(dps.AuthorityIds, Is.EquivalentTo(new[] { WestSussex.Id, Brighton.Id }));
    }

    [Test]
    public void A_new_title_new_names_or_another_order_of_the_same_authorities_announce_nothing()
    {
        var dps = PurchasingSystems.Create(participatingAuthorities: List(WestSussex, EastSussex));
        dps.ClearDomainEvents();

        dps.Update("Renamed", List(EastSussex with { Name = "East Sussex CC" }, WestSussex));

        Assert.That(dps.DomainEvents, Is.Empty);
        Assert.That(dps.ParticipatingAuthorities[0].Name, Is.EqualTo("East Sussex CC"));
    }
}
