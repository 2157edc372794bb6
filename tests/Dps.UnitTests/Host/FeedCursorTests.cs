using Dps.Api.Feed;

namespace Dps.UnitTests.Host;

public sealed class FeedCursorTests
{
    [Test]
    public void A_cursor_reads_back_as_the_place_it_was_made_from()
    {
        var cursor = new FeedCursor(4_294_967_301, 17);

        Assert.That(FeedCursor.TryParse(cursor.ToString(), out var read), Is.True);
        Assert.That(read, Is.EqualTo(cursor));
    }

    [Test]
    public void No_cursor_is_the_start()
    {
        Assert.That(FeedCursor.TryParse(null, out var read), Is.True);
        Assert.That(read, Is.EqualTo(FeedCursor.Start));
    }

    [TestCase("not-a-cursor")]
    [TestCase("MTI")]
    [TestCase("LTEuMg")]
    [TestCase("!!!")]
    public void Anything_the_feed_did_not_hand_out_is_refused(string text) =>
        Assert.That(FeedCursor.TryParse(text, out _), Is.False);
}
