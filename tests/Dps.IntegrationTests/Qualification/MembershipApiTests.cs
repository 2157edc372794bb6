using System.Net;
using System.Net.Http.Json;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Qualification;

public sealed class MembershipApiTests : ApiTest
{
    [Test]
    public async Task An_authority_cannot_exclude_a_member()
    {
        var scenario = await QualificationScenario.StartAsync(Api);
        var membership = await scenario.AdmittedToSenAsync();
        var buyer = await AsAsync(DpsRoles.Buyer, authorityId: Requests.PartnerAuthorityId);

        var response = await buyer.PostAsJsonAsync($"/api/v1/memberships/{membership.Id()}/suspend", new { failedCriteria = new[] { "PF1" }, reason = "We prefer others" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task A_suspension_must_name_criteria_of_the_category()
    {
        var scenario = await QualificationScenario.StartAsync(Api);
        var membership = await scenario.AdmittedToSenAsync();

        var response = await scenario.Manager.PostAsJsonAsync(
            $"/api/v1/memberships/{membership.Id()}/suspend", new { failedCriteria = new[] { "PF9" }, reason = "Unknown" });

        Assert.That(response.StatusCode, Is.EqualTo((HttpStatusCode)422));
        Assert.That((await response.JsonAsync()).Text("rule"), Is.EqualTo("SuspensionMustNameFailedPassFailCriteria"));
    }

    [Test]
    public async Task A_suspended_member_cannot_be_suspended_again()
    {
        var scenario = await QualificationScenario.StartAsync(Api);
        var membership = await scenario.AdmittedToSenAsync();
        var path = $"/api/v1/memberships/{membership.Id()}/suspend";
        (await scenario.Manager.PostAsJsonAsync(path, new { failedCriteria = new[] { "PF2" }, reason = "Ofsted: Inadequate" })).EnsureSuccessStatusCode();

        var response = await scenario.Manager.PostAsJsonAsync(path, new { failedCriteria = new[] { "PF1" }, reason = "Again" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task Score_adjustments_are_recorded_and_bounded_to_0_to_100()
    {
        var scenario = await QualificationScenario.StartAsync(Api);
        var membership = await scenario.AdmittedToSenAsync();
        var path = $"/api/v1/memberships/{membership.Id()}/score-adjustments";

        var down = await scenario.Manager.PostAsJsonAsync(path, new { adjustment = -8.5m, reason = "Six-monthly review: late reports" });
        var over = await scenario.Manager.PostAsJsonAsync(path, new { adjustment = 50m, reason = "Too generous" });

        var adjusted = await down.JsonAsync();
        Assert.That(down.StatusCode, Is.EqualTo(HttpStatusCode.OK), adjusted.ToJsonString());
        Assert.That(adjusted["coreCompetencyScore"]!.GetValue<decimal>(), Is.EqualTo(59.50m));
        Assert.That(adjusted["scoreAdjustments"]!.AsArray().Single()!["previousScore"]!.GetValue<decimal>(), Is.EqualTo(68.00m));
        Assert.That(over.StatusCode, Is.EqualTo((HttpStatusCode)422));
        Assert.That((await over.JsonAsync()).Text("rule"), Is.EqualTo("CoreCompetencyScoreMustStayWithin0To100"));
        var published = await Sql.CountAsync(ConnectionString,
            "SELECT count(*) FROM qualification.outbox_messages WHERE type LIKE '%CoreCompetencyScoreChanged%' AND payload->>'membershipId' = @p0",
            membership.Id().ToString());
        Assert.That(published, Is.EqualTo(1));
    }

    [Test]
    public async Task A_supplier_removes_its_membership_on_request_and_it_stays_removed()
    {
        var scenario = await QualificationScenario.StartAsync(Api);
        var membership = await scenario.AdmittedToSenAsync();
        var path = $"/api/v1/memberships/{membership.Id()}/removal";

        var removed = await scenario.Supplier.PostAsJsonAsync(path, new { reason = "Closing the school" });
        var again = await scenario.Supplier.PostAsJsonAsync(path, new { reason = "Twice" });

        Assert.That((await removed.JsonAsync()).Text("status"), Is.EqualTo("Removed"));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task Supplier_b_cannot_see_or_change_supplier_a_s_membership()
    {
        var scenario = await QualificationScenario.StartAsync(Api);
        var membership = await scenario.AdmittedToSenAsync();
        var supplierB = await AsAsync(DpsRoles.Supplier, supplierId: Guid.NewGuid());

        var read = await supplierB.GetAsync($"/api/v1/memberships/{membership.Id()}");
        var remove = await supplierB.PostAsJsonAsync($"/api/v1/memberships/{membership.Id()}/removal", new { reason = "Sabotage" });

        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(remove.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task An_audit_dated_in_the_future_is_refused()
    {
        var scenario = await QualificationScenario.StartAsync(Api);
        var membership = await scenario.AdmittedToSenAsync();

        var response = await scenario.Manager.PostAsJsonAsync(
            $"/api/v1/memberships/{membership.Id()}/audits", new { auditedOn = Requests.SchemeToday().AddDays(2), passed = true });

        Assert.That(response.StatusCode, Is.EqualTo((HttpStatusCode)422));
        Assert.That((await response.JsonAsync()).Text("rule"), Is.EqualTo("AuditCannotBeDatedInTheFuture"));
    }

    [Test]
    public async Task An_admitted_establishment_does_not_apply_to_its_category_again()
    {
        var scenario = await QualificationScenario.StartAsync(Api);
        await scenario.AdmittedToSenAsync();

        var response = await scenario.DraftAsync(QualificationScenario.CategoryInput(scenario.Sen));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await response.JsonAsync()).Text("rule"), Is.EqualTo("NotAlreadyAMemberOfTheCategory"));
    }
}
