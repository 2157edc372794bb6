using System.Net;
using System.Text.Json.Nodes;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Infrastructure;
using Dps.IntegrationTests.Qualification;

namespace Dps.IntegrationTests.Referral;

public sealed class BidApiTests : ApiTest
{
    [Test]
    public async Task An_invited_supplier_bids_at_a_price_the_platform_computes_and_gets_a_receipt()
    {
        var scenario = await BidScenario.StartAsync(Api);

        var response = await scenario.TryBidAsync(scenario.Invited[0], BidScenario.Offer(premises: 1100m));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var bid = await response.JsonAsync();
        var price = bid["content"]!["price"]!;
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.Location!.ToString(), Does.EndWith($"/api/v1/bids/{bid.Id()}"));
            Assert.That(response.Headers.ETag, Is.Not.Null);
            Assert.That(bid["status"]!.GetValue<string>(), Is.EqualTo("Submitted"));
            Assert.That(price["total"]!["amount"]!.GetValue<decimal>(), Is.EqualTo(2850.50m), "1100 + 1500 + 250.50, no discount for one");
            Assert.That(price["total"]!["currency"]!.GetValue<string>(), Is.EqualTo("GBP"));
            Assert.That(bid["content"]!["offer"]!["needsMet"]!.AsArray().Select(n => n!.GetValue<string>()), Is.EqualTo(new[] { "ASD", "SLT" }));
            Assert.That(bid["receipt"]!["digest"]!.GetValue<string>(), Does.Match("^[0-9a-f]{64}$"));
        });
    }

    [Test]
    public async Task A_group_bid_takes_the_qualified_cohort_discount()
    {
        var scenario = await BidScenario.StartAsync(Api, groupSize: 2);

        var bid = await scenario.BidAsync(scenario.Invited[0], BidScenario.Offer(variable: 0.33m));

        var price = bid["content"]!["price"]!;
        Assert.That(price["discountPercent"]!.GetValue<decimal>(), Is.EqualTo(5m));
        Assert.That(price["total"]!["amount"]!.GetValue<decimal>(), Is.EqualTo(2565.31m), "2700.33 less 5% is 2565.3135");
    }

    [Test]
    public async Task The_row_holds_no_content_in_plain_text_nor_does_the_audit_trail()
    {
        var scenario = await BidScenario.StartAsync(Api);
        var bid = await scenario.BidAsync(scenario.Invited[0], BidScenario.Offer(premises: 1187.65m));

        var row = await Sql.ScalarAsync<string>(ConnectionString, "SELECT row_to_json(b)::text FROM referral.bids b WHERE id = @p0", bid.Id());
        var audit = await Sql.ScalarAsync<string>(
            ConnectionString, "SELECT string_agg(coalesce(after::text, ''), ' ') FROM referral.audit_entries WHERE entity_id = @p0::text", bid.Id());

        Assert.Multiple(() =>
        {
            foreach (var text in new[] { row, audit })
            {
                Assert.That(text, Does.Not.Contain("1187").And.Not.Contain("2937").And.Not.Contain("PREMISES").And.Not.Contain("key-worker").And.Not.Contain("ASD"));
            }

            Assert.That(row, Does.Contain(bid["receipt"]!["digest"]!.GetValue<string>()));
        });
    }

    [Test]
    public async Task An_establishment_that_was_not_invited_is_not_found()
    {
        var scenario = await BidScenario.StartAsync(Api);

        var response = await scenario.TryBidAsync(scenario.Outside);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), await response.Content.ReadAsStringAsync());
        Assert.That(await Sql.CountAsync(ConnectionString, "SELECT count(*) FROM referral.bids WHERE referral_id = @p0", scenario.ReferralId), Is.Zero);
    }

    [Test]
    public async Task A_core_cost_above_the_qualified_one_is_refused_naming_the_line()
    {
        var scenario = await BidScenario.StartAsync(Api);

        var response = await scenario.TryBidAsync(scenario.Invited[0], BidScenario.Offer(staffing: 1500.01m));

        await BidScenario.AssertRuleAsync(response, HttpStatusCode.UnprocessableEntity, "CoreCostMustNotExceedTheQualified");
        Assert.That((await response.JsonAsync())["detail"]!.GetValue<string>(), Does.Contain("STAFFING"));
        Assert.That(await Sql.CountAsync(ConnectionString, "SELECT count(*) FROM referral.bids WHERE referral_id = @p0", scenario.ReferralId), Is.Zero);
    }

    [Test]
    public async Task One_live_bid_per_establishment_and_a_withdrawn_one_makes_way_for_another()
    {
        var scenario = await BidScenario.StartAsync(Api);
        var bidder = scenario.Invited[0];
        var first = await scenario.BidAsync(bidder);

        await BidScenario.AssertRuleAsync(await scenario.TryBidAsync(bidder), HttpStatusCode.Conflict, "OneLiveBidPerEstablishment");
        var withdrawn = await bidder.Supplier.PostAsync($"/api/v1/bids/{first.Id()}/withdraw", System.Net.Http.Json.JsonContent.Create(new { reason = "Revising the plan" }));
        Assert.That(withdrawn.StatusCode, Is.EqualTo(HttpStatusCode.OK), await withdrawn.Content.ReadAsStringAsync());
        Assert.That((await scenario.TryBidAsync(bidder)).StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task A_suspended_member_cannot_bid_and_its_live_bid_is_withdrawn_with_the_reason()
    {
        var scenario = await BidScenario.StartAsync(Api);
        var bidder = scenario.Invited[0];
        var bid = await scenario.BidAsync(bidder);

        await scenario.Referrals.SuspendAsync(bidder);

        var withdrawn = await Eventually.Until(
            async () => await (await bidder.Supplier.GetAsync($"/api/v1/bids/{bid.Id()}")).JsonAsync(),
            b => b["status"]!.GetValue<string>() == "Withdrawn",
            "the suspension to withdraw the bid");
        Assert.That(withdrawn["withdrawalReason"]!.GetValue<string>(), Does.Contain("suspended").And.Contain("Insurance lapsed"));
        await BidScenario.AssertRuleAsync(await scenario.TryBidAsync(bidder), HttpStatusCode.Conflict, "BidderMustBeAnActiveMember");
    }

    [Test]
    public async Task Nobody_but_the_bidder_reads_a_bid_before_the_deadline()
    {
        var scenario = await BidScenario.StartAsync(Api);
        var bid = await scenario.BidAsync(scenario.Invited[0]);
        var auditor = await AsAsync(DpsRoles.Auditor);
        var otherBidder = scenario.Invited[1].Supplier;

        Assert.Multiple(async () =>
        {
            foreach (var reader in new[] { scenario.Buyer, scenario.Manager, auditor })
            {
                var list = await scenario.BidsAsync(reader);
                Assert.That(list["items"]!.AsArray(), Is.Empty);
                Assert.That(list["total"]!.GetValue<int>(), Is.EqualTo(1), "only how many bids there are");
                Assert.That((await reader.GetAsync($"/api/v1/bids/{bid.Id()}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            }

            Assert.That((await scenario.BidsAsync(otherBidder))["total"]!.GetValue<int>(), Is.Zero);
            Assert.That((await otherBidder.GetAsync($"/api/v1/bids/{bid.Id()}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            var own = await scenario.BidsAsync(scenario.Invited[0].Supplier);
            Assert.That(own["items"]!.AsArray().Single()!["content"]!["offer"]!["methodStatement"]!.GetValue<string>(), Is.EqualTo(BidScenario.MethodStatement));
        });
    }

    [Test]
    public async Task Of_two_concurrent_revisions_one_wins_and_the_other_is_told_its_version_is_stale()
    {
        var scenario = await BidScenario.StartAsync(Api);
        var bidder = scenario.Invited[0];
        var bid = await scenario.BidAsync(bidder);

        var responses = await Task.WhenAll(
            BidScenario.ReviseAsync(bidder, bid, BidScenario.Offer(premises: 1000m), bid.ETag()),
            BidScenario.ReviseAsync(bidder, bid, BidScenario.Offer(premises: 900m), bid.ETag()));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.That(statuses, Is.EquivalentTo(new[] { HttpStatusCode.OK, HttpStatusCode.PreconditionFailed }), string.Join(", ", statuses));
        await BidScenario.AssertRuleAsync(responses.Single(r => r.StatusCode != HttpStatusCode.OK), HttpStatusCode.PreconditionFailed, "ChangesMustStartFromTheCurrentVersion");
    }
}
