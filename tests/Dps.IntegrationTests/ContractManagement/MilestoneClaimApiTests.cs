using System.Net;
using System.Net.Http.Json;
using Dps.BuildingBlocks.Domain;
using Dps.IntegrationTests.Infrastructure;
using Dps.IntegrationTests.Referral;
using Dps.Referral.IntegrationEvents;

namespace Dps.IntegrationTests.ContractManagement;

/// <summary>
/// A DWP R2 call-off (20/30/50 of £10,000 per participant) that started 200 days ago for 26 weeks: its milestones
/// claimed by the supplier and verified or rejected by the buyer.
/// </summary>
public sealed class MilestoneClaimApiTests : ApiTest
{
    private static readonly AwardedFundingModel R2 = new(Guid.NewGuid(), 20m, 30m, 50m, 4, 13);
    private static readonly DateOnly Start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-200);
    private static readonly DateOnly End = Start.AddDays((26 * 7) - 1);

    [Test]
    public async Task Each_milestone_is_claimed_once_verified_or_rejected_and_the_amounts_add_up_to_the_price()
    {
        var award = ContractScenario.Award(AwardRoute.OfferMatch, fundingModel: R2) with { Price = new Money(10000m, "GBP"), StartDate = Start, TermWeeks = 26 };
        await ContractScenario.DeliverAsync(Api, award);
        var buyer = await ContractScenario.BuyerAsync(Api, award);
        var supplier = await ContractScenario.SupplierAsync(Api, award);
        var contract = await ContractScenario.ContractOfAsync(buyer, award);
        var path = $"/api/v1/contracts/{contract["id"]}";

        var startClaim = await ClaimAsync(supplier, path, "start", "Participant started on the programme", "ATT-0001");
        var again = await supplier.PostAsJsonAsync($"{path}/milestones/Start/claims", new { evidence = "Again", reference = "ATT-0002" });
        var tooSoon = await supplier.PostAsJsonAsync($"{path}/milestones/Completion/claims", new { evidence = "Completed", reference = "CMP-1" });
        var verified = await buyer.PostAsync($"{path}/claims/{startClaim["id"]}/verify", null);
        var verifiedAgain = await buyer.PostAsync($"{path}/claims/{startClaim["id"]}/verify", null);
        (await buyer.PostAsJsonAsync($"{path}/complete", new { completedOn = End.ToString("yyyy-MM-dd") })).EnsureSuccessStatusCode();
        var completion = await ClaimAsync(supplier, path, "Completion", "Completed the programme", "CMP-0001");
        var rejected = await buyer.PostAsJsonAsync($"{path}/claims/{completion["id"]}/reject", new { reason = "The completion certificate is unsigned." });
        var reclaimed = await ClaimAsync(supplier, path, "Completion", "Completed the programme, signed", "CMP-0002");
        var outcome = await ClaimAsync(supplier, path, "JobOutcome", "In work with Acme Ltd", "HMRC-RTI-77", End.AddDays(-26));
        var milestones = await (await buyer.GetAsync($"{path}/milestones")).JsonAsync();

        await BidScenario.AssertRuleAsync(again, HttpStatusCode.Conflict, "MilestoneIsClaimedOnce");
        await BidScenario.AssertRuleAsync(tooSoon, HttpStatusCode.Conflict, "MilestoneFollowsCompletion");
        await BidScenario.AssertRuleAsync(verifiedAgain, HttpStatusCode.Conflict, "ClaimIsDecidedOnce");
        Assert.Multiple(async () =>
        {
            Assert.That(startClaim["amount"]!["amount"]!.GetValue<decimal>(), Is.EqualTo(2000m));
            Assert.That((await verified.JsonAsync())["status"]!.GetValue<string>(), Is.EqualTo("Verified"));
            Assert.That((await rejected.JsonAsync())["rejectionReason"]!.GetValue<string>(), Is.EqualTo("The completion certificate is unsigned."));
            Assert.That(reclaimed["amount"]!["amount"]!.GetValue<decimal>(), Is.EqualTo(3000m));
            Assert.That(outcome["outcomeDate"]!.GetValue<string>(), Is.EqualTo(End.AddDays(1).ToString("yyyy-MM-dd")), "the first day of the tracking window");
            Assert.That(outcome["amount"]!["amount"]!.GetValue<decimal>(), Is.EqualTo(5000m));
            var listed = milestones["milestones"]!.AsArray();
            Assert.That(listed.Select(m => m!["amount"]!["amount"]!.GetValue<decimal>()), Is.EqualTo(new[] { 2000m, 3000m, 5000m }));
            Assert.That(listed[1]!["claims"]!.AsArray().Select(c => c!["status"]!.GetValue<string>()), Is.EqualTo(new[] { "Rejected", "Claimed" }));
            Assert.That(milestones["trackingWindowWeeks"]!.GetValue<int>(), Is.EqualTo(13));
        });
    }

    [Test]
    public async Task Only_the_supplier_claims_only_a_call_off_and_only_its_own()
    {
        var callOff = ContractScenario.Award(AwardRoute.OfferMatch, fundingModel: R2) with { StartDate = Start, TermWeeks = 26 };
        var placement = ContractScenario.Award(authorityId: callOff.AuthorityId, supplierId: callOff.SupplierId) with { StartDate = Start };
        await ContractScenario.DeliverAsync(Api, callOff);
        await ContractScenario.DeliverAsync(Api, placement);
        var buyer = await ContractScenario.BuyerAsync(Api, callOff);
        var supplier = await ContractScenario.SupplierAsync(Api, callOff);
        var stranger = await ContractScenario.SupplierAsync(Api, ContractScenario.Award());
        var callOffPath = $"/api/v1/contracts/{(await ContractScenario.ContractOfAsync(buyer, callOff))["id"]}";
        var placementPath = $"/api/v1/contracts/{(await ContractScenario.ContractOfAsync(buyer, placement))["id"]}";
        var claim = new { evidence = "Started", reference = "ATT-1" };

        var byBuyer = await buyer.PostAsJsonAsync($"{callOffPath}/milestones/Start/claims", claim);
        var byStranger = await stranger.PostAsJsonAsync($"{callOffPath}/milestones/Start/claims", claim);
        var onPlacement = await supplier.PostAsJsonAsync($"{placementPath}/milestones/Start/claims", claim);
        var unknownMilestone = await supplier.PostAsJsonAsync($"{callOffPath}/milestones/Bonus/claims", claim);
        var noEvidence = await supplier.PostAsJsonAsync($"{callOffPath}/milestones/Start/claims", new { evidence = "", reference = "ATT-1" });

        await BidScenario.AssertRuleAsync(onPlacement, HttpStatusCode.UnprocessableEntity, "ContractMustBePaidByMilestone");
        Assert.Multiple(() =>
        {
            Assert.That(byBuyer.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(byStranger.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(unknownMilestone.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(noEvidence.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        });
    }

    private static async Task<System.Text.Json.Nodes.JsonObject> ClaimAsync(HttpClient supplier, string path, string kind, string evidence, string reference, DateOnly? inWorkFrom = null)
    {
        var claimed = await supplier.PostAsJsonAsync($"{path}/milestones/{kind}/claims", new { evidence, reference, inWorkFrom = inWorkFrom?.ToString("yyyy-MM-dd") });
        Assert.That(claimed.StatusCode, Is.EqualTo(HttpStatusCode.Created), await claimed.Content.ReadAsStringAsync());
        return await claimed.JsonAsync();
    }
}
