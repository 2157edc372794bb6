using System.Net;
using System.Text.Json.Nodes;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Infrastructure;
using Dps.IntegrationTests.Qualification;
using Dps.IntegrationTests.Referral;
using Npgsql;

namespace Dps.IntegrationTests.Platform.Feed;

/// <summary>
/// <c>GET /api/v1/feed</c>: each caller's business events, in order, paged by an opaque cursor that never skips one —
/// not even an event whose transaction commits after a later one's.
/// </summary>
public sealed class FeedTests : ApiTest
{
    [Test]
    public async Task A_supplier_follows_its_application_and_no_one_else_s()
    {
        var scenario = await QualificationScenario.StartAsync(Api);
        var application = await scenario.SubmittedApplicationAsync();
        var another = await AsAsync(DpsRoles.Supplier, supplierId: Guid.NewGuid());
        var otherBuyer = await AsAsync(DpsRoles.Buyer, authorityId: Guid.NewGuid());

        var (own, _) = await FeedReader.ReadAllAsync(scenario.Supplier);
        var (all, _) = await FeedReader.ReadAllAsync(scenario.Manager);
        var (others, _) = await FeedReader.ReadAllAsync(another);
        var (buyers, _) = await FeedReader.ReadAllAsync(otherBuyer);
        var read = await scenario.Supplier.GetAsync($"/api/v1/applications/{application.Id()}");
        var submitted = own.Last(e => e["type"]!.GetValue<string>() == "application.submitted");

        Assert.Multiple(() =>
        {
            Assert.That(own.TypesAbout(application.Id()), Is.EqualTo(new[] { "application.draft", "application.submitted" }));
            Assert.That(all.TypesAbout(application.Id()), Is.EqualTo(own.TypesAbout(application.Id())));
            Assert.That(others.TypesAbout(application.Id()), Is.Empty);
            Assert.That(buyers, Is.Empty);
            Assert.That(submitted["resource"]!["url"]!.GetValue<string>(), Is.EqualTo($"/api/v1/applications/{application.Id()}"));
            Assert.That(submitted["resource"]!["kind"]!.GetValue<string>(), Is.EqualTo("application"));
            Assert.That($"\"{submitted["version"]}\"", Is.EqualTo(read.Headers.ETag!.Tag), "the event's version is the resource's ETag after it");
        });
    }

    [Test]
    public async Task Pages_of_one_walk_the_same_events_as_one_page_of_all()
    {
        var scenario = await QualificationScenario.StartAsync(Api);
        await scenario.SubmittedApplicationAsync();

        var (whole, next) = await FeedReader.ReadAllAsync(scenario.Manager);
        var (onesByOne, nextByOne) = await FeedReader.ReadAllAsync(scenario.Manager, limit: 1);
        var (afterEnd, stillNext) = await FeedReader.ReadAllAsync(scenario.Manager, after: next);

        Assert.Multiple(() =>
        {
            Assert.That(onesByOne.Select(e => e["id"]!.GetValue<Guid>()), Is.EqualTo(whole.Select(e => e["id"]!.GetValue<Guid>())));
            Assert.That(whole.Select(e => e["id"]!.GetValue<Guid>()), Is.Unique);
            Assert.That(nextByOne, Is.EqualTo(next));
            Assert.That(afterEnd, Is.Empty);
            Assert.That(stillNext, Is.EqualTo(next), "an empty page hands back the cursor it was asked with");
            Assert.That(whole[^1]["cursor"]!.GetValue<string>(), Is.EqualTo(next));
        });
    }

    [Test]
    public async Task An_event_committed_late_by_a_slower_transaction_comes_after_the_cursor_already_handed_out()
    {
        var scenario = await QualificationScenario.StartAsync(Api);
        var (_, start) = await FeedReader.ReadAllAsync(scenario.Manager);
        var slowId = Guid.NewGuid();

        await using var slow = new NpgsqlConnection(ConnectionString);
        await slow.OpenAsync();
        await using var transaction = await slow.BeginTransactionAsync();
        await using (var insert = new NpgsqlCommand(
            """
            INSERT INTO platform.feed_events (id, occurred_at, type, resource_kind, resource_id, resource_path, resource_changed)
            VALUES (@id, now(), 'test.slow', 'test', @id, '/slow', false)
            """, slow, transaction))
        {
            insert.Parameters.AddWithValue("id", slowId);
            await insert.ExecuteNonQueryAsync();
        }

        var fast = await scenario.SubmittedApplicationAsync();
        var (whileSlowRuns, cursor) = await FeedReader.ReadAllAsync(scenario.Manager, after: start);
        await transaction.CommitAsync();
        var (afterSlowCommitted, _) = await FeedReader.ReadAllAsync(scenario.Manager, after: cursor);

        Assert.Multiple(() =>
        {
            Assert.That(whileSlowRuns.TypesAbout(fast.Id()), Is.Empty, "held back while an older transaction runs");
            Assert.That(afterSlowCommitted.TypesAbout(slowId), Is.EqualTo(new[] { "test.slow" }));
            Assert.That(afterSlowCommitted.TypesAbout(fast.Id()), Is.EqualTo(new[] { "application.draft", "application.submitted" }));
        });
    }

    [Test]
    public async Task The_buyer_learns_a_bid_count_changed_and_the_bidder_that_its_bid_was_sealed()
    {
        var scenario = await BidScenario.StartAsync(Api);
        var bidder = scenario.Invited[0];
        var bid = await scenario.BidAsync(bidder);

        var (buyers, _) = await FeedReader.ReadAllAsync(scenario.Buyer);
        var (bidders, _) = await FeedReader.ReadAllAsync(bidder.Supplier);
        var (rivals, _) = await FeedReader.ReadAllAsync(scenario.Invited[1].Supplier);

        Assert.Multiple(() =>
        {
            Assert.That(buyers.TypesAbout(scenario.ReferralId), Does.Contain("referral.published").And.Contain("referral.bid-count-changed"));
            Assert.That(buyers.TypesAbout(bid.Id()), Is.Empty, "the buyer learns nothing of the bid itself");
            Assert.That(buyers.Single(e => e["type"]!.GetValue<string>() == "referral.bid-count-changed")["version"], Is.Null);
            Assert.That(bidders.TypesAbout(bid.Id()), Is.EqualTo(new[] { "bid.submitted" }));
            Assert.That(bidders.Select(e => e["type"]!.GetValue<string>()), Does.Contain("invitation.created"));
            Assert.That(rivals.TypesAbout(bid.Id()), Is.Empty);
        });
    }

    [TestCase("after=not-a-cursor", "after")]
    [TestCase("limit=1001", "limit")]
    [TestCase("limit=0", "limit")]
    public async Task A_bad_cursor_or_limit_is_a_400_naming_it(string query, string field)
    {
        var manager = await AsManagerAsync();

        var response = await manager.GetAsync($"/api/v1/feed?{query}");
        var problem = await response.JsonAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Does.Contain(field));
    }

    [Test]
    public async Task The_feed_needs_a_token()
    {
        var response = await Anonymous().GetAsync("/api/v1/feed");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
