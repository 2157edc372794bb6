using System.Net;
using System.Net.Http.Json;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Infrastructure;
using Dps.IntegrationTests.Platform;

namespace Dps.IntegrationTests.Evaluation;

/// <summary>An invitation nobody answers lapses at its respond-by time, and the next offer at the minimum standard is invited.</summary>
public sealed class OfferInvitationLapseTests : OfferMatchTest
{
    [Test]
    public async Task An_unanswered_invitation_lapses_and_the_next_offer_is_invited()
    {
        var (matching, offers) = await MatchAsync();
        var buyer = await AsAsync(DpsRoles.Buyer, authorityId: Requests.LeadAuthorityId);
        await FitScoreAsync(buyer, matching, offers["Near and dear"].Offer, 80m);
        await FitScoreAsync(buyer, matching, offers["Cheap"].Offer, 90m);
        await FitScoreAsync(buyer, matching, offers["Far"].Offer, 70m);
        (await buyer.PostAsync($"{Path(matching)}/invite", null)).EnsureSuccessStatusCode();
        var invited = await ReadAsync(buyer, matching);

        var moved = await (await AsManagerAsync()).PostAsJsonAsync(SandboxClockRequests.Path, new { advanceBy = "7.00:00:00" });
        Assert.That(moved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await moved.Content.ReadAsStringAsync());
        var lapsed = await Eventually.Until(
            () => ReadAsync(buyer, matching),
            m => m["invitations"]!.AsArray().Count == 2,
            "the first invitation to lapse");
        var lateAnswer = await offers["Cheap"].Supplier.PostAsync($"{Path(matching)}/{offers["Cheap"].Offer}/accept", null);

        Assert.Multiple(() =>
        {
            Assert.That(invited["invitations"]!.AsArray().Select(i => i!["outcome"]!.GetValue<string>()), Is.EqualTo(new[] { "Pending" }));
            Assert.That(invited["invitations"]!.AsArray()[0]!["respondBy"], Is.Not.Null);
            Assert.That(
                lapsed["invitations"]!.AsArray().Select(i => $"{i!["offerId"]}:{i["outcome"]}"),
                Is.EqualTo(new[] { $"{offers["Cheap"].Offer}:Lapsed", $"{offers["Near and dear"].Offer}:Pending" }));
            Assert.That(lapsed["status"]!.GetValue<string>(), Is.EqualTo("Inviting"));
            Assert.That(lateAnswer.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        });
    }
}
