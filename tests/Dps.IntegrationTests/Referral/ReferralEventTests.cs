using System.Net;
using System.Net.Http.Json;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Catalogue;
using Dps.IntegrationTests.Infrastructure;
using Dps.IntegrationTests.Qualification;
using Dps.Referral.IntegrationEvents;
using Microsoft.Extensions.DependencyInjection;

namespace Dps.IntegrationTests.Referral;

/// <summary>The Referral module's events reach a subscriber through the outbox: a cancellation, and the award of a direct placement.</summary>
public sealed class ReferralEventTests : ApiTest
{
    private readonly EventRecorder<ReferralCancelledIntegrationEvent> _cancellations = new();
    private readonly EventRecorder<ServiceAwardedIntegrationEvent> _awards = new();

    protected override Action<IServiceCollection> TestServices => services =>
    {
        _cancellations.AddTo(services);
        _awards.AddTo(services);
    };

    [Test]
    public async Task Cancelling_tells_every_invitee_once_and_the_invitation_shows_it()
    {
        var scenario = await ClarificationScenario.StartAsync(Api);

        var cancelled = await scenario.Buyer.PostAsJsonAsync($"/api/v1/referrals/{scenario.ReferralId}/cancel", new { reason = "The child's needs changed" });

        Assert.That(cancelled.StatusCode, Is.EqualTo(HttpStatusCode.OK), await cancelled.Content.ReadAsStringAsync());
        var received = await _cancellations.ReceivedAsync(e => e.ReferralId == scenario.ReferralId, "the cancellation event");
        Assert.That(received, Has.Count.EqualTo(1), "delivered once");
        var notice = received[0];
        Assert.Multiple(() =>
        {
            Assert.That(notice.Reason, Is.EqualTo("The child's needs changed"));
            Assert.That(notice.AuthorityId, Is.EqualTo(Requests.LeadAuthorityId));
            Assert.That(notice.CategoryId, Is.EqualTo(scenario.Sen));
            Assert.That(notice.Invitees, Is.EquivalentTo(new[]
            {
                new CancelledInvitee(scenario.First.EstablishmentId, scenario.First.SupplierId),
                new CancelledInvitee(scenario.Second.EstablishmentId, scenario.Second.SupplierId),
            }));
        });

        var invitation = (await (await scenario.Second.Supplier.GetAsync($"/api/v1/referrals/{scenario.ReferralId}/invitations")).JsonAsync())["items"]!
            .AsArray().Single()!.AsObject();
        Assert.That(invitation.Text("referralStatus"), Is.EqualTo("Cancelled"));
        Assert.That(invitation.Text("cancellationReason"), Is.EqualTo("The child's needs changed"));
        var asked = await scenario.Second.Supplier.PostAsJsonAsync(scenario.QuestionsPath, new { text = "Still open?" });
        Assert.That(asked.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await asked.JsonAsync()).Text("rule"), Is.EqualTo("ReferralMustBeOpenForResponses"));
    }

    [Test]
    public async Task A_direct_placement_is_recorded_and_raises_the_award_event_with_its_parties()
    {
        var scenario = await CatalogueScenario.StartAsync(Api);
        var school = await scenario.AdmitAsync("Named School", 51.3, 0.5);

        var placed = await scenario.Buyer.PostAsJsonAsync("/api/v1/direct-placements", ClarificationScenario.DirectPlacement(scenario.Sen, school.EstablishmentId));

        Assert.That(placed.StatusCode, Is.EqualTo(HttpStatusCode.Created), await placed.Content.ReadAsStringAsync());
        var placement = await placed.JsonAsync();
        var award = (await _awards.ReceivedAsync(e => e.AwardId == placement.Id(), "the award event")).Single();
        Assert.Multiple(() =>
        {
            Assert.That(award.Route, Is.EqualTo(AwardRoute.DirectPlacement));
            Assert.That(award.ReferralId, Is.Null);
            Assert.That(award.DpsId, Is.EqualTo(scenario.DpsId));
            Assert.That(award.CategoryId, Is.EqualTo(scenario.Sen));
            Assert.That(award.AuthorityId, Is.EqualTo(Requests.LeadAuthorityId));
            Assert.That(award.SupplierId, Is.EqualTo(school.SupplierId));
            Assert.That(award.EstablishmentId, Is.EqualTo(school.EstablishmentId));
            Assert.That(award.Price, Is.EqualTo(new BuildingBlocks.Domain.Money(2450.50m, "GBP")));
            Assert.That(award.PriceBasis, Is.EqualTo("Week"));
            Assert.That((award.TermWeeks, award.Places, award.ServiceUserReference), Is.EqualTo((39, 1, "KCC-20269876")));
            Assert.That(award.Reason, Is.EqualTo("TribunalOrder"));
            Assert.That(award.Justification, Does.Contain("Tribunal"));
            Assert.That(award.CostLines, Is.Empty);
        });

        var read = await scenario.Buyer.GetAsync(placed.Headers.Location);
        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await read.JsonAsync()).Text("reason"), Is.EqualTo("TribunalOrder"));
        Assert.That((await school.Supplier.GetAsync(placed.Headers.Location)).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the supplier placed with");
        var partner = await AsAsync(DpsRoles.Buyer, authorityId: Requests.PartnerAuthorityId);
        Assert.That((await partner.GetAsync(placed.Headers.Location)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var listed = await (await scenario.Buyer.GetAsync($"/api/v1/direct-placements?categoryId={scenario.Sen}")).JsonAsync();
        Assert.That(listed["total"]!.GetValue<int>(), Is.EqualTo(1));
    }

    [Test]
    public async Task Only_an_active_member_is_placed_with_for_a_reason_of_the_list_by_a_buyer_taking_part()
    {
        var scenario = await CatalogueScenario.StartAsync(Api);
        var school = await scenario.AdmitAsync("Suspended School", 51.3, 0.5);
        (await scenario.Manager.PostAsJsonAsync($"/api/v1/memberships/{school.MembershipId}/suspend", new { failedCriteria = new[] { "PF2" }, reason = "Ofsted: Inadequate" }))
            .EnsureSuccessStatusCode();
        var outsider = await AsAsync(DpsRoles.Buyer, authorityId: Guid.NewGuid());

        var suspended = await scenario.Buyer.PostAsJsonAsync("/api/v1/direct-placements", ClarificationScenario.DirectPlacement(scenario.Sen, school.EstablishmentId));
        var unknownReason = await scenario.Buyer.PostAsJsonAsync(
            "/api/v1/direct-placements", ClarificationScenario.DirectPlacement(scenario.Sen, school.EstablishmentId, reason: "Convenience"));
        var unknownEstablishment = await scenario.Buyer.PostAsJsonAsync("/api/v1/direct-placements", ClarificationScenario.DirectPlacement(scenario.Sen, Guid.NewGuid()));
        var notTakingPart = await outsider.PostAsJsonAsync("/api/v1/direct-placements", ClarificationScenario.DirectPlacement(scenario.Sen, school.EstablishmentId));

        Assert.That(suspended.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), await suspended.Content.ReadAsStringAsync());
        Assert.That((await suspended.JsonAsync()).Text("rule"), Is.EqualTo("EstablishmentMustBeAnActiveMember"));
        Assert.That(unknownReason.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await unknownReason.ValidationErrorsAsync()).Keys, Does.Contain("reason"));
        Assert.That(unknownEstablishment.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), await unknownEstablishment.Content.ReadAsStringAsync());
        Assert.That(notTakingPart.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), await notTakingPart.Content.ReadAsStringAsync());
        var listed = await (await scenario.Manager.GetAsync($"/api/v1/direct-placements?categoryId={scenario.Sen}")).JsonAsync();
        Assert.That(listed["total"]!.GetValue<int>(), Is.EqualTo(0), "nothing recorded");
    }
}
