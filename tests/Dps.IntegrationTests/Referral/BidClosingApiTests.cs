using System.Net;
using System.Net.Http.Json;
using Dps.IntegrationTests.Infrastructure;
using Dps.IntegrationTests.Platform;
using Microsoft.Extensions.DependencyInjection;

namespace Dps.IntegrationTests.Referral;

/// <summary>The deadline closes a referral by itself on the platform clock; this class moves the clock, so it keeps its own database.</summary>
public sealed class BidClosingApiTests : ApiTest
{
    [Test]
    public async Task The_sandbox_clock_passing_the_deadline_closes_the_referral_opens_its_bids_and_hands_them_on_once()
    {
        var scenario = await BidScenario.StartAsync(Api);
        // A second API process on the same database: both look for referrals due to close.
        await using var replica = Api.With([]);
        replica.CreateClient().Dispose();
        var bidder = scenario.Invited[0];
        var bid = await scenario.BidAsync(bidder, BidScenario.Offer(premises: 1150m));
        var withdrawn = await scenario.BidAsync(scenario.Invited[1]);
        (await scenario.Invited[1].Supplier.PostAsync($"/api/v1/bids/{withdrawn.Id()}/withdraw", JsonContent.Create(new { reason = (string?)null }))).EnsureSuccessStatusCode();
        Assert.That((await scenario.Buyer.GetAsync($"/api/v1/bids/{bid.Id()}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));

        var moved = await scenario.Manager.PostAsJsonAsync(SandboxClockRequests.Path, new { advanceBy = "11.00:00:00" });
        Assert.That(moved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await moved.Content.ReadAsStringAsync());

        var closed = await Eventually.Until(
            async () => await (await scenario.Buyer.GetAsync($"/api/v1/referrals/{scenario.ReferralId}")).JsonAsync(),
            r => r["status"]!.GetValue<string>() == "Closed",
            "the deadline to close the referral");
        var received = new[] { Api.Services, replica.Services }.Select(s => s.GetRequiredService<ReceivedEvents>()).ToList();
        await Eventually.Until(() => Task.FromResult(received.Sum(r => r.CompetitionsClosed.Count)), n => n > 0, "the closed competition to be delivered");
        await Task.Delay(TimeSpan.FromSeconds(3));

        var events = received.SelectMany(r => r.CompetitionsClosed).Where(e => e.ReferralId == scenario.ReferralId).ToList();
        var outboxed = await Sql.CountAsync(
            ConnectionString, "SELECT count(*) FROM referral.outbox_messages WHERE type LIKE '%CompetitionClosedIntegrationEvent%'");
        var closedBy = await Sql.ScalarAsync<string>(
            ConnectionString, "SELECT string_agg(DISTINCT actor_id, ',') FROM referral.audit_entries WHERE entity_id = @p0::text AND action = 'CloseReferral'", scenario.ReferralId);
        var opened = await (await scenario.Buyer.GetAsync($"/api/v1/bids/{bid.Id()}")).JsonAsync();
        var list = await scenario.BidsAsync(scenario.Buyer);
        var late = await scenario.TryBidAsync(scenario.Invited[1]);
        var lateRevision = await BidScenario.ReviseAsync(bidder, bid, BidScenario.Offer(), null);
        Assert.Multiple(async () =>
        {
            Assert.That(closed["closedAt"], Is.Not.Null);
            Assert.That(opened["content"]!["price"]!["total"]!["amount"]!.GetValue<decimal>(), Is.EqualTo(2900.50m));
            Assert.That(opened["receipt"]!["digest"]!.GetValue<string>(), Is.EqualTo(bid["receipt"]!["digest"]!.GetValue<string>()));
            Assert.That(list["items"]!.AsArray(), Has.Count.EqualTo(2));
            await BidScenario.AssertRuleAsync(late, HttpStatusCode.Conflict, "ReferralMustBeOpenForResponses");
            await BidScenario.AssertRuleAsync(lateRevision, HttpStatusCode.Conflict, "ReferralMustBeOpenForResponses");

            Assert.That(events, Has.Count.EqualTo(1), "closed once, handed on once");
            Assert.That(outboxed, Is.EqualTo(1));
            Assert.That(closedBy, Is.EqualTo("system"));
            var closedCompetition = events.Single();
            Assert.That(closedCompetition.Weights.Price, Is.EqualTo(50m));
            Assert.That(closedCompetition.RequiredNeeds.Select(n => $"{n.Code}:{n.Priority}:{n.Mark}"), Is.EqualTo(new[] { "ASD:MustHave:10", "SLT:Desirable:8" }));
            Assert.That(closedCompetition.PriceBasis, Is.EqualTo("Week"));
            var closedBid = closedCompetition.Bids.Single();
            Assert.That(closedBid.BidId, Is.EqualTo(bid.Id()));
            Assert.That(closedBid.Total.Amount, Is.EqualTo(2900.50m));
            Assert.That(closedBid.DistanceMiles, Is.EqualTo(3.00m));
            Assert.That(closedBid.CoreCompetencyScore, Is.EqualTo(68m));
            Assert.That(closedBid.ReceiptDigest, Is.EqualTo(bid["receipt"]!["digest"]!.GetValue<string>()));
            Assert.That(closedBid.MethodStatement, Is.EqualTo(BidScenario.MethodStatement));
        });

        await Evaluation_takes_the_closed_competition_to_award_and_the_referral_is_placed(scenario, bid.Id());
    }

    private static async Task Evaluation_takes_the_closed_competition_to_award_and_the_referral_is_placed(BidScenario scenario, Guid bidId)
    {
        var evaluationPath = $"/api/v1/referrals/{scenario.ReferralId}/evaluation";
        var evaluation = await Eventually.Until(
            async () => await scenario.Buyer.GetAsync(evaluationPath), r => r.StatusCode == HttpStatusCode.OK, "Evaluation to receive the closed competition");
        var scored = await scenario.Buyer.PostAsJsonAsync($"{evaluationPath}/bids/{bidId}/scores", new { score = 75m });
        var awarded = await scenario.Buyer.PostAsJsonAsync($"/api/v1/referrals/{scenario.ReferralId}/award", new { incentive = (object?)null });
        var placed = await Eventually.Until(
            async () => await (await scenario.Buyer.GetAsync($"/api/v1/referrals/{scenario.ReferralId}")).JsonAsync(),
            r => r["status"]!.GetValue<string>() == "Placed",
            "the award to place the referral");
        var cancelling = await scenario.Buyer.PostAsJsonAsync($"/api/v1/referrals/{scenario.ReferralId}/cancel", new { reason = "Too late" });

        Assert.Multiple(async () =>
        {
            Assert.That((await evaluation.JsonAsync())["bids"]!.AsArray().Single()!["bidId"]!.GetValue<Guid>(), Is.EqualTo(bidId));
            Assert.That(scored.StatusCode, Is.EqualTo(HttpStatusCode.Created), await scored.Content.ReadAsStringAsync());
            Assert.That(awarded.StatusCode, Is.EqualTo(HttpStatusCode.OK), await awarded.Content.ReadAsStringAsync());
            Assert.That(placed["status"]!.GetValue<string>(), Is.EqualTo("Placed"));
            await BidScenario.AssertRuleAsync(cancelling, HttpStatusCode.Conflict, "ReferralMustNotBeFinished");
        });
    }
}
