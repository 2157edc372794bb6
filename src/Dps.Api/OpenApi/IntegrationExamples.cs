using Dps.Api.Feed;
using Dps.Api.Webhooks;
using Dps.BuildingBlocks.Infrastructure.Http;

namespace Dps.Api.OpenApi;

/// <summary>The change feed's and the webhooks' examples: what an integrator's case system reads and registers.</summary>
internal sealed class IntegrationExamples : ApiExamples
{
    private static readonly DateTimeOffset At = new(2027, 1, 15, 9, 30, 0, TimeSpan.Zero);
    private static readonly Guid Webhook = Guid.Parse("3e600000-0000-4000-8000-000000000001");
    private static readonly Guid Event = Guid.Parse("fe0e0000-0000-4000-8000-000000000001");
    private static readonly string Cursor = new FeedCursor(1042, 3).ToString();

    public IntegrationExamples()
    {
        var feedEvent = new FeedEvent(
            Event,
            Cursor,
            "application.submitted",
            At,
            new FeedResource("application", ExampleIds.Application, $"/api/v1/applications/{ExampleIds.Application}"),
            7);
        Add(feedEvent);
        Add(new FeedPage([feedEvent], Cursor));

        Add(new WebhookEndpoints.WebhookRequest("https://case-system.example.org/dps/events", ["application.*", "membership.*"]));
        var subscription = new WebhookResponse(
            Webhook,
            "https://case-system.example.org/dps/events",
            ["application.*", "membership.*"],
            At,
            "oakfield-admin",
            Cursor,
            0,
            null,
            At.AddSeconds(1));
        Add(subscription);
        Add(new RegisteredWebhookResponse(subscription, "whsec_5d41402abc4b2a76b9719d911017c592a7d0b8c4e1f2a3b4c5d6e7f8091a2b3c"));
        Add(new WebhookDeliveryResponse(
            Guid.Parse("de100000-0000-4000-8000-000000000001"),
            Event,
            "application.submitted",
            1,
            At,
            WebhookDeliveryOutcome.Delivered,
            200,
            null,
            84));
        Add(new WebhookEndpoints.ReplayRequest(Cursor));
    }
}
