using System.Net;
using System.Net.Http.Json;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Infrastructure;
using Dps.IntegrationTests.Platform.Feed;
using Dps.IntegrationTests.Qualification;
using Dps.IntegrationTests.Referral;

namespace Dps.IntegrationTests.Platform.Webhooks;

/// <summary>Signed deliveries of the feed to a receiver on loopback: in feed order, retried, logged and replayed.</summary>
public sealed class WebhookTests : ApiTest
{
    // A documentation address (TEST-NET-3): public, so accepted, and never answers.
    private const string PublicUrl = "https://203.0.113.10/hook";

    [Test]
    public async Task A_supplier_receives_its_events_signed_and_in_the_order_of_its_feed()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var scenario = await QualificationScenario.StartAsync(Api);
        var (subscription, secret) = await scenario.Supplier.SubscribeAsync(receiver.Url);

        var application = await scenario.SubmittedApplicationAsync();
        var (feed, _) = await FeedReader.ReadAllAsync(scenario.Supplier, after: subscription["cursor"]!.GetValue<string>());
        await Eventually.Until(() => Task.FromResult(receiver.DistinctEventIds()), ids => ids.Count >= feed.Count, "the supplier's events");
        var read = await scenario.Supplier.GetAsync($"/api/v1/webhooks/{subscription.Id()}");

        Assert.Multiple(async () =>
        {
            Assert.That(feed.TypesAbout(application.Id()), Is.EqualTo(new[] { "application.draft", "application.submitted" }));
            Assert.That(receiver.DistinctEventIds(), Is.EqualTo(feed.Select(e => e["id"]!.GetValue<Guid>())));
            Assert.That(receiver.Requests.All(r => r.IsSignedWith(secret)), Is.True, "every delivery is signed with the secret");
            Assert.That(receiver.Requests.All(r => r.IsSignedWith(secret + "x")), Is.False);
            Assert.That(receiver.Requests.First().Event["type"]!.GetValue<string>(), Is.EqualTo("application.draft"));
            Assert.That(secret, Does.StartWith("whsec_"));
            Assert.That(await read.Content.ReadAsStringAsync(), Does.Not.Contain(secret), "the secret is shown once");
        });
    }

    [Test]
    public async Task Only_the_event_types_asked_for_are_delivered()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var scenario = await QualificationScenario.StartAsync(Api);
        await scenario.Supplier.SubscribeAsync(receiver.Url, "application.submitted");

        var application = await scenario.SubmittedApplicationAsync();
        await Eventually.Until(() => Task.FromResult(receiver.Requests.Count), n => n >= 1, "the submission");
        await Task.Delay(500);

        Assert.That(receiver.Requests.Select(r => r.Event["type"]!.GetValue<string>()), Is.EqualTo(new[] { "application.submitted" }));
        Assert.That(receiver.Requests.Single().Event["resource"]!["id"]!.GetValue<Guid>(), Is.EqualTo(application.Id()));
    }

    [Test]
    public async Task A_failing_subscriber_is_retried_in_order_and_every_attempt_is_logged()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = n => Task.FromResult(n <= 2 ? 503 : 200);
        var scenario = await QualificationScenario.StartAsync(Api);
        var (subscription, _) = await scenario.Supplier.SubscribeAsync(receiver.Url, "application.*");

        await scenario.SubmittedApplicationAsync();
        await Eventually.Until(() => Task.FromResult(receiver.DistinctEventIds()), ids => ids.Count >= 2 && receiver.Requests.Count >= 4, "the retried events");
        var log = await scenario.Supplier.DeliveriesAsync(subscription.Id());
        var first = receiver.Requests.First().EventId;

        Assert.Multiple(() =>
        {
            Assert.That(receiver.Requests.Take(3).Select(r => r.EventId), Is.EqualTo(new[] { first, first, first }), "the same event, with its id, until answered");
            Assert.That(log.Take(4).Select(d => d["outcome"]!.GetValue<string>()), Is.EqualTo(new[] { "Failed", "Failed", "Delivered", "Delivered" }));
            Assert.That(log.Take(3).Select(d => d["attempt"]!.GetValue<int>()), Is.EqualTo(new[] { 1, 2, 3 }));
            Assert.That(log[0]["statusCode"]!.GetValue<int>(), Is.EqualTo(503));
            Assert.That(log[0]["error"]!.GetValue<string>(), Does.Contain("503"));
            Assert.That(log[2]["eventId"]!.GetValue<Guid>(), Is.EqualTo(first));
        });
    }

    [Test]
    public async Task A_replay_delivers_again_every_event_after_the_cursor_with_the_same_ids()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var scenario = await QualificationScenario.StartAsync(Api);
        var (subscription, _) = await scenario.Supplier.SubscribeAsync(receiver.Url);
        await scenario.AdmittedToSenAsync();
        var (feed, _) = await FeedReader.ReadAllAsync(scenario.Supplier, after: subscription["cursor"]!.GetValue<string>());
        await Eventually.Until(() => Task.FromResult(receiver.DistinctEventIds()), ids => ids.Count >= feed.Count, "the first deliveries");
        var delivered = receiver.Requests.Count;

        // The dispatcher writes the subscription as it delivers: a replay racing that write is a 409, which a client retries.
        var replay = await Eventually.Until(
            () => scenario.Supplier.PostAsJsonAsync($"/api/v1/webhooks/{subscription.Id()}/replay", new { after = feed[0]["cursor"]!.GetValue<string>() }),
            response => response.StatusCode != HttpStatusCode.Conflict,
            "a replay not racing a delivery");
        await Eventually.Until(() => Task.FromResult(receiver.Requests.Count), n => n >= delivered + feed.Count - 1, "the replay");

        Assert.That(replay.StatusCode, Is.EqualTo(HttpStatusCode.OK), await replay.Content.ReadAsStringAsync());
        Assert.That(receiver.Requests.Skip(delivered).Select(r => r.EventId), Is.EqualTo(feed.Skip(1).Select(e => e["id"]!.GetValue<Guid>())));
    }

    [Test]
    public async Task Another_organisation_s_subscription_is_not_found()
    {
        var scenario = await QualificationScenario.StartAsync(Api);
        var (subscription, _) = await scenario.Supplier.SubscribeAsync(PublicUrl);
        var another = await AsAsync(DpsRoles.Supplier, supplierId: Guid.NewGuid());
        var buyer = await AsAsync(DpsRoles.Buyer, authorityId: Requests.LeadAuthorityId);

        Assert.Multiple(async () =>
        {
            Assert.That((await another.GetAsync($"/api/v1/webhooks/{subscription.Id()}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await buyer.DeleteAsync($"/api/v1/webhooks/{subscription.Id()}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await scenario.Manager.GetAsync($"/api/v1/webhooks/{subscription.Id()}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await scenario.Supplier.DeleteAsync($"/api/v1/webhooks/{subscription.Id()}")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That((await scenario.Manager.GetAsync($"/api/v1/webhooks/{subscription.Id()}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [TestCase("ftp://example.org/hook", "url")]
    [TestCase("not a url", "url")]
    [TestCase("https://user:pass@example.org/hook", "url")]
    public async Task A_bad_url_is_a_400_naming_it(string url, string field)
    {
        var supplier = await AsAsync(DpsRoles.Supplier, supplierId: Guid.NewGuid());

        var response = await supplier.PostAsJsonAsync("/api/v1/webhooks", new { url, eventTypes = Array.Empty<string>() });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.JsonAsync())["errors"]!.AsObject().Select(e => e.Key), Does.Contain(field));
    }

    [Test]
    public async Task A_bad_event_type_is_a_400()
    {
        var supplier = await AsAsync(DpsRoles.Supplier, supplierId: Guid.NewGuid());

        var response = await supplier.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://example.org/hook", eventTypes = new[] { "Bid Submitted" } });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.Content.ReadAsStringAsync());
    }

    [TestCase("http://127.0.0.1:9/hook")]
    [TestCase("http://10.1.2.3/hook")]
    [TestCase("http://169.254.169.254/latest/meta-data")]
    [TestCase("http://[::1]:9/hook")]
    [TestCase("http://localhost:9/hook")]
    [TestCase("https://no-such-host.invalid/hook")]
    public async Task A_private_address_is_refused_unless_configured(string url)
    {
        await using var guarded = new DpsApiFactory(ConnectionString, new() { ["Webhooks:AllowPrivateAddresses"] = "false", ["Webhooks:Enabled"] = "false" });
        var supplier = await guarded.ClientAsAsync(DpsRoles.Supplier, null, Guid.NewGuid());

        var response = await supplier.PostAsJsonAsync("/api/v1/webhooks", new { url, eventTypes = Array.Empty<string>() });

        await BidScenario.AssertRuleAsync(response, HttpStatusCode.UnprocessableEntity, "WebhookMustReachAPublicAddress");
    }

    [Test]
    public async Task Outside_development_a_webhook_must_be_https()
    {
        await using var production = Api.InProduction(new() { ["Auth:SigningKey"] = "a-production-signing-key-for-the-webhook-tests" });
        var manager = production.CreateClient().Carrying(TestTokens.Create(TestTokens.SharedKey("a-production-signing-key-for-the-webhook-tests")));

        var response = await manager.PostAsJsonAsync("/api/v1/webhooks", new { url = "http://example.org/hook", eventTypes = Array.Empty<string>() });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.Content.ReadAsStringAsync());
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("https"));
    }

    [Test]
    public async Task An_auditor_may_read_but_not_register()
    {
        var auditor = await AsAsync(DpsRoles.Auditor);

        var response = await auditor.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://example.org/hook", eventTypes = Array.Empty<string>() });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await auditor.GetAsync("/api/v1/webhooks")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
