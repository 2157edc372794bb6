using Dps.Catalogue.Domain.Participants;

namespace Dps.UnitTests.Catalogue;

/// <summary>Qualification's changes of who takes part in a DPS arrive in any order; the one that happened last wins.</summary>
public sealed class DpsParticipantsTests
{
    private static readonly DateTimeOffset Now = new(2017, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid DpsId = Guid.Parse("d9500000-0000-4000-8000-000000000001");
    private static readonly Guid Kent = Guid.Parse("5e700000-0000-4000-8000-000000000005");
    private static readonly Guid Surrey = Guid.Parse("5e700000-0000-4000-8000-000000000007");
    private static readonly Guid Medway = Guid.Parse("5e700000-0000-4000-8000-000000000006");

    [Test]
    public void A_dps_is_learnt_with_the_authorities_taking_part_each_once()
    {
        var participants = DpsParticipants.Learn(DpsId, [Kent, Surrey, Kent], Now.AddHours(-1), Now);

        Assert.Multiple(() =>
        {
            Assert.That(participants.DpsId, Is.EqualTo(DpsId));
            Assert.That(participants.AuthorityIds, Is.EqualTo(new[] { Kent, Surrey }));
            Assert.That(participants.AsOf, Is.EqualTo(Now.AddHours(-1)));
        });
    }

    [Test]
    public void A_later_change_replaces_the_whole_set()
    {
        var participants = DpsParticipants.Learn(DpsId, [Kent, Surrey], Now.AddHours(-2), Now);

        participants.Change([Surrey, Medway], Now.AddHours(-1), Now);

        Assert.That(participants.AuthorityIds, Is.EqualTo(new[] { Surrey, Medway }));
        Assert.That(participants.AsOf, Is.EqualTo(Now.AddHours(-1)));
    }

    [Test]
    public void A_change_delivered_after_a_later_one_changes_nothing()
    {
        var participants = DpsParticipants.Learn(DpsId, [Kent, Medway], Now.AddHours(-1), Now);

        participants.Change([Kent], Now.AddHours(-2), Now);
        participants.Change([Kent], Now.AddHours(-1), Now);

        Assert.That(participants.AuthorityIds, Is.EqualTo(new[] { Kent, Medway }));
        Assert.That(participants.AsOf, Is.EqualTo(Now.AddHours(-1)));
    }
}
