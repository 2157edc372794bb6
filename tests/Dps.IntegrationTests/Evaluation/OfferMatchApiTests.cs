using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Catalogue;
using Dps.IntegrationTests.Infrastructure;
using Dps.IntegrationTests.Referral;
using Dps.Referral.IntegrationEvents;
using Microsoft.Extensions.DependencyInjection;

namespace Dps.IntegrationTests.Evaluation;

/// <summary>DWP offer matching from the business-case event to award; the minimum standard is raised to 70 here, so that "Far" (65.80) is never invited.</summary>
public sealed class OfferMatchApiTests : OfferMatchTest
{
    private readonly EventRecorder<ServiceAwardedIntegrationEvent> _awards = new();

    protected override Action<IServiceCollection> TestServices => _awards.AddTo;

    protected override Dictionary<string, string?> HostSettings => new() { ["Evaluation:OfferMinimumStandard"] = "70" };

    [Test]
    public async Task Offers_are_ranked_invited_best_first_a_decline_invites_the_next_and_an_acceptance_is_the_award()
    {
        var (matching, offers) = await MatchAsync(fundingModel: true);
        var buyer = await AsAsync(DpsRoles.Buyer, authorityId: Requests.LeadAuthorityId);
        var unscored = await ReadAsync(buyer, matching);
        var tooSoon = await buyer.PostAsync($"{Path(matching)}/invite", null);
        await FitScoreAsync(buyer, matching, offers["Near and dear"].Offer, 80m);
        await FitScoreAsync(buyer, matching, offers["Cheap"].Offer, 90m);
        await FitScoreAsync(buyer, matching, offers["Far"].Offer, 70m);

        var ranked = await ReadAsync(buyer, matching);
        var invited = await buyer.PostAsync($"{Path(matching)}/invite", null);
        var wrongSupplier = await offers["Far"].Supplier.PostAsync($"{Path(matching)}/{offers["Far"].Offer}/accept", null);
        var declined = await offers["Cheap"].Supplier.PostAsJsonAsync($"{Path(matching)}/{offers["Cheap"].Offer}/decline", new { reason = "No capacity until spring." });
        var accepted = await offers["Near and dear"].Supplier.PostAsync($"{Path(matching)}/{offers["Near and dear"].Offer}/accept", null);
        var awarded = await ReadAsync(buyer, matching);
        var seenByFar = await ReadAsync(offers["Far"].Supplier, matching);
        var award = (await _awards.ReceivedAsync(e => e.ReferralId == matching, "the award event")).Single();

        await BidScenario.AssertRuleAsync(tooSoon, HttpStatusCode.Conflict, "RankingMustBeComplete");
        await BidScenario.AssertRuleAsync(wrongSupplier, HttpStatusCode.Conflict, "OfferInvitationMustBeOpen");
        Assert.Multiple(async () =>
        {
            Assert.That(unscored["rankingComplete"]!.GetValue<bool>(), Is.False);
            Assert.That(unscored["offers"]!.AsArray(), Has.Count.EqualTo(3));

            Assert.That(Names(ranked, offers), Is.EqualTo(new[] { "Cheap", "Near and dear", "Far" }));
            Assert.That(ranked["offers"]!.AsArray().Select(o => o!["total"]!.GetValue<decimal>()), Is.EqualTo(new[] { 84.80m, 76.13m, 65.80m }));
            var far = ranked["offers"]!.AsArray()[2]!;
            Assert.That(far["breakdown"]!["location"]!["mark"]!.GetValue<int>(), Is.EqualTo(0));
            Assert.That(far["nearestLocation"]!.GetValue<string>(), Does.Contain("EC1R"));
            Assert.That(far["fitScore"]!["score"]!.GetValue<decimal>(), Is.EqualTo(70m));

            Assert.That(invited.StatusCode, Is.EqualTo(HttpStatusCode.OK), await invited.Content.ReadAsStringAsync());
            Assert.That(declined.StatusCode, Is.EqualTo(HttpStatusCode.OK), await declined.Content.ReadAsStringAsync());
            Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.OK), await accepted.Content.ReadAsStringAsync());
            Assert.That(awarded["status"]!.GetValue<string>(), Is.EqualTo("Awarded"));
            Assert.That(
                awarded["invitations"]!.AsArray().Select(i => $"{i!["offerId"]}:{i["outcome"]}"),
                Is.EqualTo(new[] { $"{offers["Cheap"].Offer}:Declined", $"{offers["Near and dear"].Offer}:Accepted" }));
            Assert.That(awarded["invitations"]!.AsArray()[0]!["reason"]!.GetValue<string>(), Is.EqualTo("No capacity until spring."));
            Assert.That(awarded["award"]!["bidId"]!.GetValue<Guid>(), Is.EqualTo(offers["Near and dear"].Offer));

            Assert.That(seenByFar["offers"]!.AsArray().Select(o => o!["offerId"]!.GetValue<Guid>()), Is.EqualTo(new[] { offers["Far"].Offer }));
            Assert.That(seenByFar["invitations"]!.AsArray(), Is.Empty);

            Assert.That(award.Route, Is.EqualTo(AwardRoute.OfferMatch));
            Assert.That(award.SupplierId, Is.EqualTo(offers["Near and dear"].SupplierId));
            Assert.That(award.Price.Amount, Is.EqualTo(450m));
            Assert.That(award.PriceBasis, Is.EqualTo("Participant"));
            Assert.That(award.FundingModel, Is.Not.Null);
            Assert.That(award.FundingModel!.StartSharePercent + award.FundingModel.CompletionSharePercent + award.FundingModel.JobOutcomeSharePercent, Is.EqualTo(100m));
        });
    }

    [Test]
    public async Task With_no_offer_at_the_minimum_standard_none_is_invited()
    {
        var (matching, _) = await MatchAsync();
        var buyer = await AsAsync(DpsRoles.Buyer, authorityId: Requests.LeadAuthorityId);
        foreach (var offer in (await ReadAsync(buyer, matching))["offers"]!.AsArray())
        {
            await FitScoreAsync(buyer, matching, offer!["offerId"]!.GetValue<Guid>(), 0m);
        }

        var invited = await buyer.PostAsync($"{Path(matching)}/invite", null);
        var body = await invited.JsonAsync();

        Assert.That(invited.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body["status"]!.GetValue<string>(), Is.EqualTo("NoSuitableOffer"));
        Assert.That(body["invitations"]!.AsArray(), Is.Empty);
    }
}
