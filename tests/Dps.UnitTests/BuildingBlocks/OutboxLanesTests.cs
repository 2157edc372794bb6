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
        var batch = Enumerable.Range(1, 32).Select(step => new Happened(step % 2 == 0 ? First : Second, step)).ToList();

        var lanes = OutboxLanes.Split(batch, e => e, concurrency: 4);

        Assert.That(lanes, Has.Count.EqualTo(2), "two subjects");
        Assert.That(lanes.Select(lane => lane.Select(e => e.ThingId).Distinct().Count()), Is.All.EqualTo(1));
        Assert.That(lanes.Select(lane => lane.Select(e => e.Step)), Is.All.Ordered);
    }

    [Test]
    public void There_are_never_more_lanes_than_allowed_and_no_subject_is_split()
    {
        var batch = Enumerable.Range(0, 200).Select(i => new Happened(Subject(i % 50), i)).ToList();

        var lanes = OutboxLanes.Split(batch, e => e, concurrency: 3);

        Assert.That(lanes, Has.Count.EqualTo(3));
        Assert.That(lanes.SelectMany(lane => lane.Select(e => e.ThingId).Distinct()), Is.Unique, "each subject in one lane only");
        Assert.That(lanes.Sum(lane => lane.Count), Is.EqualTo(200));
    }

    [TestCase(7, 1)]
    [TestCase(16, 2)]
    [TestCase(100, 12)]
    [TestCase(200, 16)]
    public void A_small_batch_takes_a_lane_for_each_eight_events(int events, int lanes)
    {
        var batch = Enumerable.Range(0, events).Select(i => new Happened(Subject(i), i)).ToList();

        Assert.That(OutboxLanes.Split(batch, e => e, concurrency: 16), Has.Count.EqualTo(lanes));
    }

    [Test]
    public void Events_that_name_no_subject_share_one_lane()
    {
        var batch = Enumerable.Range(0, 40).Select(i => new Announced($"{i}")).ToList();

        Assert.That(OutboxLanes.Split(batch, e => e, concurrency: 4), Has.Count.EqualTo(1));
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
