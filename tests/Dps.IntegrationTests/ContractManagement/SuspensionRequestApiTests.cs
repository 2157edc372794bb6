using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dps.IntegrationTests.Infrastructure;
using Dps.IntegrationTests.Qualification;
using Dps.IntegrationTests.Referral;

namespace Dps.IntegrationTests.ContractManagement;

/// <summary>Evidence of a failed pass/fail criterion recorded on a contract becomes a suspension request the manager decides in Qualification.</summary>
public sealed class SuspensionRequestApiTests : ApiTest
{
    [Test]
    public async Task Evidence_on_a_contract_waits_in_qualification_until_the_manager_confirms_the_suspension()
    {
        var (scenario, membership, award) = await ContractScenario.ContractedMemberAsync(Api);
        var buyer = await ContractScenario.BuyerAsync(Api, award);
        var contract = await ContractScenario.ContractOfAsync(buyer, award);

        var recorded = await buyer.PostAsJsonAsync(
            $"/api/v1/contracts/{contract["id"]}/criterion-failures",
            new { criterionCode = QualificationScenario.PassFailTwo, evidence = "Ofsted rating: Inadequate", reference = "OFSTED-SC123456" });
        var pending = await PendingAsync(scenario, membership);
        var requestId = pending["requestedSuspensions"]!.AsArray().Single()!["requestId"]!.GetValue<Guid>();
        var confirmed = await scenario.Manager.PostAsJsonAsync($"/api/v1/memberships/{membership.Id()}/requested-suspensions/confirm", new { requestId });
        var again = await scenario.Manager.PostAsJsonAsync($"/api/v1/memberships/{membership.Id()}/requested-suspensions/dismiss", new { requestId, reason = "Second thoughts" });
        var unknown = await scenario.Manager.PostAsJsonAsync($"/api/v1/memberships/{membership.Id()}/requested-suspensions/confirm", new { requestId = Guid.NewGuid() });

        await BidScenario.AssertRuleAsync(again, HttpStatusCode.Conflict, "RequestedSuspensionMustBePending");
        Assert.Multiple(async () =>
        {
            Assert.That(recorded.StatusCode, Is.EqualTo(HttpStatusCode.OK), await recorded.Content.ReadAsStringAsync());
            Assert.That((await recorded.JsonAsync())["criterionFailures"]!.AsArray().Single()!["requestId"]!.GetValue<Guid>(), Is.EqualTo(requestId));
            Assert.That(pending["status"]!.GetValue<string>(), Is.EqualTo("Active"), "only the manager suspends");
            Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await confirmed.Content.ReadAsStringAsync());
            var suspended = await confirmed.JsonAsync();
            Assert.That(suspended["status"]!.GetValue<string>(), Is.EqualTo("Suspended"));
            Assert.That(suspended["suspension"]!["failedCriteria"]!.AsArray().Select(c => c!.GetValue<string>()), Is.EqualTo(new[] { QualificationScenario.PassFailTwo }));
            Assert.That(suspended["suspension"]!["reason"]!.GetValue<string>(), Does.Contain("Inadequate").And.Contain("OFSTED-SC123456"));
            Assert.That(suspended["requestedSuspensions"]!.AsArray().Single()!["outcome"]!.GetValue<string>(), Is.EqualTo("Confirmed"));
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [Test]
    public async Task The_manager_may_dismiss_a_request_with_a_reason_and_the_member_stays_active()
    {
        var (scenario, membership, award) = await ContractScenario.ContractedMemberAsync(Api);
        var buyer = await ContractScenario.BuyerAsync(Api, award);
        var contract = await ContractScenario.ContractOfAsync(buyer, award);
        var supplier = await ContractScenario.SupplierAsync(Api, award);

        var bySupplier = await supplier.PostAsJsonAsync(
            $"/api/v1/contracts/{contract["id"]}/criterion-failures", new { criterionCode = "PF2", evidence = "Self-reported", reference = "X" });
        var blank = await buyer.PostAsJsonAsync($"/api/v1/contracts/{contract["id"]}/criterion-failures", new { criterionCode = "PF2", evidence = " ", reference = "X" });
        (await buyer.PostAsJsonAsync(
            $"/api/v1/contracts/{contract["id"]}/criterion-failures", new { criterionCode = "PF2", evidence = "Ofsted rating: Inadequate", reference = "OFSTED-1" })).EnsureSuccessStatusCode();
        var requestId = (await PendingAsync(scenario, membership))["requestedSuspensions"]!.AsArray().Single()!["requestId"]!.GetValue<Guid>();
        var noReason = await scenario.Manager.PostAsJsonAsync($"/api/v1/memberships/{membership.Id()}/requested-suspensions/dismiss", new { requestId, reason = "" });
        var dismissed = await scenario.Manager.PostAsJsonAsync(
            $"/api/v1/memberships/{membership.Id()}/requested-suspensions/dismiss", new { requestId, reason = "The rating was overturned on appeal." });

        Assert.Multiple(async () =>
        {
            Assert.That(bySupplier.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(blank.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(noReason.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(dismissed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await dismissed.Content.ReadAsStringAsync());
            var body = await dismissed.JsonAsync();
            Assert.That(body["status"]!.GetValue<string>(), Is.EqualTo("Active"));
            var request = body["requestedSuspensions"]!.AsArray().Single()!;
            Assert.That(request["outcome"]!.GetValue<string>(), Is.EqualTo("Dismissed"));
            Assert.That(request["dismissalReason"]!.GetValue<string>(), Is.EqualTo("The rating was overturned on appeal."));
        });
    }

    private static Task<JsonObject> PendingAsync(QualificationScenario scenario, JsonObject membership) =>
        Eventually.Until(
            async () => await (await scenario.Manager.GetAsync($"/api/v1/memberships/{membership.Id()}")).JsonAsync(),
            m => m["requestedSuspensions"]!.AsArray().Count > 0,
            "the suspension request to reach Qualification");
}
