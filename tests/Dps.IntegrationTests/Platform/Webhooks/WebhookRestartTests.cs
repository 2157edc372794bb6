using Dps.IntegrationTests.Infrastructure;
using Dps.IntegrationTests.Platform.Feed;
using Dps.IntegrationTests.Qualification;

namespace Dps.IntegrationTests.Platform.Webhooks;

/// <summary>
/// The API stops while it is delivering, and another starts: the subscriber still receives every event, in feed order —
/// an event may come twice, with the same id, but none is lost. This class's own host delivers nothing, so only the
/// restarted ones do.
/// </summary>
public sealed class WebhookRestartTests : ApiTest
{
    protected override Dictionary<string, string?> HostSettings => new() { ["Webhooks:Enabled"] = "false" };

    [Test]
    public async Task A_restart_mid_delivery_loses_nothing_and_keeps_the_order()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var slow = new TaskCompletionSource();
        receiver.Answer = async n =>
        {
            if (n == 2)
            {
                await slow.Task.WaitAsync(TimeSpan.FromSeconds(30));
            }

            return 200;
        };
        var scenario = await QualificationScenario.StartAsync(Api);
        var (subscription, _) = await scenario.Supplier.SubscribeAsync(receiver.Url);
        await scenario.AdmittedToSenAsync();
        var (feed, _) = await FeedReader.ReadAllAsync(scenario.Supplier, after: subscription["cursor"]!.GetValue<string>());

        var first = new DpsApiFactory(ConnectionString, Delivering());
        _ = first.Server;
        await Eventually.Until(() => Task.FromResult(receiver.Requests.Count), n => n >= 2, "the delivery under way");
        await first.DisposeAsync();
        slow.SetResult();

        await using var second = new DpsApiFactory(ConnectionString, Delivering());
        _ = second.Server;
        await Eventually.Until(() => Task.FromResult(receiver.DistinctEventIds()), ids => ids.Count >= feed.Count, "every event after the restart");

        Assert.That(feed, Has.Count.GreaterThanOrEqualTo(4));
        Assert.That(receiver.DistinctEventIds(), Is.EqualTo(feed.Select(e => e["id"]!.GetValue<Guid>())));
    }

    private static Dictionary<string, string?> Delivering() => new() { ["Webhooks:Enabled"] = "true" };
}
