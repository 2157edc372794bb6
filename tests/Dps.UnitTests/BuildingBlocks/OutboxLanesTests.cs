using Dps.BuildingBlocks.Application.Messaging;
using Dps.BuildingBlocks.Infrastructure.Outbox;

namespace Dps.UnitTests.BuildingBlocks;

public sealed class OutboxLanesTests
{
    private static readonly Guid First = Guid.NewGuid();
    private static readonly Guid Second = Guid.NewGuid();

    [Test]
    public void The_events_of_one_subject_share_a_lane_in_their_order()
    {
        Happened[] batch = [new(First, 1), new(Second, 2), new(First, 3), new(Second, 4), new(First, 5)];

        var lanes = OutboxLanes.Split(batch, e => e, lanes: 4);

        Assert.That(lanes.Select(lane => lane.Select(e => e.Step)), Is.EquivalentTo(new[] { new[] { 1, 3, 5 }, new[] { 2, 4 } }));
    }

    [Test]
    public void There_are_never_more_lanes_than_allowed_and_no_subject_is_split()
    {
        var batch = Enumerable.Range(0, 40).Select(i => new Happened(Subject(i % 10), i)).ToList();

        var lanes = OutboxLanes.Split(batch, e => e, lanes: 3);

        Assert.That(lanes, Has.Count.EqualTo(3));
        Assert.That(lanes.SelectMany(lane => lane.Select(e => e.ThingId).Distinct()), Is.Unique, "each subject in one lane only");
        Assert.That(lanes.Sum(lane => lane.Count), Is.EqualTo(40));
    }

    [Test]
    public void Events_that_name_no_subject_share_one_lane()
    {
        Announced[] batch = [new("a"), new("b"), new("c")];

        Assert.That(OutboxLanes.Split(batch, e => e, lanes: 4), Has.Count.EqualTo(1));
    }

    [Test]
    public void The_subject_is_the_first_guid_member_after_the_id() =>
        Assert.That(IntegrationEventSubject.Of(new Happened(First, 1)), Is.EqualTo(First));

    private static Guid Subject(int i) => new(i, 0, 0, new byte[8]);

    private sealed record Happened(Guid Id, DateTimeOffset OccurredAt, Guid ThingId, Guid OtherId, int Step) : IntegrationEvent(Id, OccurredAt)
    {
        public Happened(Guid thingId, int step)
            : this(Guid.NewGuid(), DateTimeOffset.UnixEpoch, thingId, Guid.NewGuid(), step)
        {
        }
    }

    private sealed record Announced(Guid Id, DateTimeOffset OccurredAt, string Text) : IntegrationEvent(Id, OccurredAt)
    {
        public Announced(string text)
            : this(Guid.NewGuid(), DateTimeOffset.UnixEpoch, text)
        {
        }
    }
}
