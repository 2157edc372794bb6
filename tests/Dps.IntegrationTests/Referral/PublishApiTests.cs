using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Catalogue;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Referral;

public sealed class PublishApiTests : ApiTest
{
    [Test]
    public async Task Publishing_invites_exactly_the_active_members_of_the_category_inside_the_limit_and_records_every_decision()
    {
        var scenario = await ReferralScenario.StartAsync(Api);
        var inside = await scenario.AdmitAsync("Just Inside", 9.99);
        await scenario.AdmitAsync("At The Limit", 10.0);
        await scenario.AdmitAsync("Just Outside", 10.01);
        var suspended = await scenario.AdmitAsync("Suspended School", 1);
        await scenario.AdmitAsync("Residential Home", 1, scenario.Catalogue.Qualification.Residential);
        await scenario.SuspendAsync(suspended);
        (await CatalogueScenario.SetProfileAsync(inside, scenario.Sen, ["ASD"], ["HALAL"])).EnsureSuccessStatusCode();
        await Eventually.Until(
            () => scenario.Catalogue.SearchNamesAsync(ReferralScenario.Lat, ReferralScenario.Lon, 5),
            names => !names.Contains("Suspended School"),
            "the suspension to reach the Catalogue");

        var published = await scenario.PublishAsync(await scenario.RaiseAsync());

        var invitations = await scenario.InvitationsAsync(scenario.Buyer, published.Id());
        var eligibility = await scenario.InvitationsAsync(scenario.Buyer, published.Id(), "&include=eligibility");
        var fit = invitations.Single(i => i!["establishmentName"]!.GetValue<string>() == "Just Inside")!["fit"]!;
        var audited = await Sql.ScalarAsync<string>(
            ConnectionString, "SELECT after::text FROM referral.audit_entries WHERE entity_type = 'InvitationRound' AND entity_id = @p0", $"{published.Id()}/1");
        Assert.Multiple(() =>
        {
            Assert.That(published["status"]!.GetValue<string>(), Is.EqualTo("Published"));
            Assert.That(published["invitedCount"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(published["tooFewEligible"]!.GetValue<bool>(), Is.True, "2 invited, fewer than the minimum of 3");
            Assert.That(ReferralScenario.Names(invitations), Is.EqualTo(new[] { "Just Inside", "At The Limit" }));
            Assert.That(invitations.Select(i => i!["distanceMiles"]!.GetValue<decimal>()), Is.EqualTo(new[] { 9.99m, 10.00m }));
            Assert.That(fit["needsMet"]!.AsArray().Select(n => n!.GetValue<string>()), Is.EqualTo(new[] { "ASD" }));
            Assert.That(fit["needsNotMet"]!.AsArray().Select(n => n!.GetValue<string>()), Is.EqualTo(new[] { "SLT" }));
            Assert.That(fit["featuresOffered"]!.AsArray().Select(n => n!.GetValue<string>()), Is.EqualTo(new[] { "HALAL" }));
            Assert.That(audited, Does.Contain(inside.EstablishmentId.ToString()).And.Contain("\"outside_limit\": 1").And.Contain("decisions_digest"));
            Assert.That(
                eligibility.Select(d => $"{d!["establishmentName"]}:{d["decision"]}:{d["distanceMiles"]}"),
                Is.EquivalentTo(new[] { "Suspended School:Suspended:1.00", "Just Inside:Invited:9.99", "At The Limit:Invited:10.00", "Just Outside:OutsideLimit:10.01" }));
        });
    }

    [Test]
    public async Task Widening_invites_only_the_newly_eligible_and_never_narrows()
    {
        var scenario = await ReferralScenario.StartAsync(Api);
        await scenario.AdmitAsync("Near", 5);
        await scenario.AdmitAsync("Further", 15);
        await scenario.AdmitAsync("Far", 30);
        var referral = await scenario.PublishAsync(await scenario.RaiseAsync());

        var widened = await scenario.Buyer.PostAsJsonAsync($"/api/v1/referrals/{referral.Id()}/widen", new { geographicLimitMiles = 20 });
        var narrowed = await scenario.Buyer.PostAsJsonAsync($"/api/v1/referrals/{referral.Id()}/widen", new { geographicLimitMiles = 12 });

        Assert.That(widened.StatusCode, Is.EqualTo(HttpStatusCode.OK), await widened.Content.ReadAsStringAsync());
        var after = await widened.JsonAsync();
        var invitations = await scenario.InvitationsAsync(scenario.Buyer, referral.Id());
        var eligibility = await scenario.InvitationsAsync(scenario.Buyer, referral.Id(), "&include=eligibility");
        Assert.Multiple(async () =>
        {
            Assert.That(after["round"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(after["invitedCount"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(after["geographicLimitMiles"]!.GetValue<decimal>(), Is.EqualTo(20m));
            Assert.That(invitations.Select(i => $"{i!["establishmentName"]}:{i["round"]}"), Is.EqualTo(new[] { "Near:1", "Further:2" }));
            Assert.That(
                eligibility.Where(d => d!["round"]!.GetValue<int>() == 2).Select(d => $"{d!["establishmentName"]}:{d["decision"]}"),
                Is.EqualTo(new[] { "Near:AlreadyInvited", "Further:Invited", "Far:OutsideLimit" }));
            Assert.That(narrowed.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That((await narrowed.JsonAsync())["rule"]!.GetValue<string>(), Is.EqualTo("GeographicLimitMayOnlyWiden"));
        });
    }

    [Test]
    public async Task A_deadline_inside_the_minimum_response_period_is_refused_and_nothing_is_written()
    {
        var scenario = await ReferralScenario.StartAsync(Api);
        await scenario.AdmitAsync("Near", 5);
        var referral = await scenario.RaiseAsync(scenario.Body(deadlineIn: TimeSpan.FromDays(9)));

        var published = await scenario.Buyer.PostAsync($"/api/v1/referrals/{referral.Id()}/publish", null);

        Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await published.JsonAsync())["rule"]!.GetValue<string>(), Is.EqualTo("ResponseDeadlineMustLeaveTheMinimumPeriod"));
        var after = await (await scenario.Buyer.GetAsync($"/api/v1/referrals/{referral.Id()}")).JsonAsync();
        Assert.That(after["status"]!.GetValue<string>(), Is.EqualTo("Draft"));
        Assert.That(await Sql.CountAsync(ConnectionString, "SELECT count(*) FROM referral.invitations WHERE referral_id = @p0", referral.Id()), Is.Zero);
        Assert.That(await Sql.CountAsync(ConnectionString, "SELECT count(*) FROM referral.eligibility_decisions WHERE referral_id = @p0", referral.Id()), Is.Zero);
    }

    [Test]
    public async Task Two_publications_at_once_invite_once()
    {
        var scenario = await ReferralScenario.StartAsync(Api);
        await scenario.AdmitAsync("Near", 5);
        var referral = await scenario.RaiseAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            scenario.Buyer.PostAsync($"/api/v1/referrals/{referral.Id()}/publish", null))));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.That(statuses.Count(s => s == HttpStatusCode.OK), Is.EqualTo(1), string.Join(", ", statuses));
        foreach (var loser in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            Assert.That(loser.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That((await loser.JsonAsync())["rule"]!.GetValue<string>(), Is.EqualTo("ReferralMustBeADraft"));
        }

        Assert.That(await Sql.CountAsync(ConnectionString, "SELECT count(*) FROM referral.invitations WHERE referral_id = @p0", referral.Id()), Is.EqualTo(1));
        Assert.That(await Sql.CountAsync(ConnectionString, "SELECT count(*) FROM referral.eligibility_decisions WHERE referral_id = @p0", referral.Id()), Is.EqualTo(1));
    }

    [Test]
    public async Task Invitees_read_the_referral_and_their_own_invitations_and_may_decline_with_a_reason()
    {
        var scenario = await ReferralScenario.StartAsync(Api);
        var near = await scenario.AdmitAsync("Near", 5);
        var other = await scenario.AdmitAsync("Other", 6);
        var far = await scenario.AdmitAsync("Far", 50);
        var referral = await scenario.PublishAsync(await scenario.RaiseAsync());
        var path = $"/api/v1/referrals/{referral.Id()}";

        var own = await scenario.InvitationsAsync(near.Supplier, referral.Id());
        var declined = await near.Supplier.PostAsJsonAsync($"{path}/decline", new { establishmentId = near.EstablishmentId, reason = "No vacancy until spring" });
        var again = await near.Supplier.PostAsJsonAsync($"{path}/decline", new { establishmentId = near.EstablishmentId, reason = "Still none" });
        var notTheirs = await other.Supplier.PostAsJsonAsync($"{path}/decline", new { establishmentId = near.EstablishmentId, reason = "Not mine" });
        var eligibility = await near.Supplier.GetAsync($"{path}/invitations?include=eligibility");
        var byBuyer = await (await scenario.Buyer.GetAsync(path)).JsonAsync();
        var anotherBuyer = await Api.ClientAsAsync(DpsRoles.Buyer, authorityId: Requests.PartnerAuthorityId);

        Assert.Multiple(async () =>
        {
            Assert.That(ReferralScenario.Names(own), Is.EqualTo(new[] { "Near" }));
            Assert.That(declined.StatusCode, Is.EqualTo(HttpStatusCode.OK), await declined.Content.ReadAsStringAsync());
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(notTheirs.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(eligibility.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(byBuyer["declinedCount"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That((await near.Supplier.GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await far.Supplier.GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "not invited");
            Assert.That((await anotherBuyer.GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "another authority's");
            var reasons = (await scenario.InvitationsAsync(scenario.Buyer, referral.Id())).Select(i => i!["declineReason"]?.GetValue<string>());
            Assert.That(reasons, Is.EqualTo(new[] { "No vacancy until spring", null }));
        });
    }
}
