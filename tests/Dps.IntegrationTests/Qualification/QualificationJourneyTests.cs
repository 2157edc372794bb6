using System.Net;
using System.Net.Http.Json;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Qualification;

/// <summary>The whole path: register, apply to two categories, evaluate, admit, suspend, reinstate, audit.</summary>
public sealed class QualificationJourneyTests : ApiTest
{
    [Test]
    public async Task A_supplier_qualifies_is_suspended_and_is_reinstated_by_resubmitting_only_the_failed_criterion()
    {
        var scenario = await QualificationScenario.StartAsync(Api);

        var submitted = await scenario.SubmittedApplicationAsync();
        Assert.That(submitted.Text("status"), Is.EqualTo("Submitted"));
        Assert.That(submitted.Text("decisionDueOn"), Is.Not.Null);

        var evaluated = await scenario.EvaluateAsync(submitted.Id(), scenario.Sen);
        Assert.That((await evaluated.JsonAsync()).Text("status"), Is.EqualTo("UnderEvaluation"));
        (await scenario.EvaluateAsync(submitted.Id(), scenario.Residential, passFailTwoPasses: false)).EnsureSuccessStatusCode();

        var decided = await (await scenario.Manager.PostAsync($"/api/v1/applications/{submitted.Id()}/decision", null)).JsonAsync();
        Assert.That(decided.Text("status"), Is.EqualTo("Admitted"));
        var outcomes = decided["categories"]!.AsArray().ToDictionary(c => c!["categoryId"]!.GetValue<Guid>(), c => c!["outcome"]!);
        Assert.That(outcomes[scenario.Sen]["admitted"]!.GetValue<bool>(), Is.True);
        Assert.That(outcomes[scenario.Sen]["coreCompetencyScore"]!.GetValue<decimal>(), Is.EqualTo(68.00m));
        Assert.That(outcomes[scenario.Residential]["admitted"]!.GetValue<bool>(), Is.False);
        Assert.That(outcomes[scenario.Residential]["failedCriteria"]!.AsArray().Select(c => c!.GetValue<string>()), Is.EqualTo(new[] { "PF2" }));

        var memberships = await (await scenario.Supplier.GetAsync("/api/v1/memberships")).JsonAsync();
        var membership = memberships["items"]!.AsArray().Single()!.AsObject();
        Assert.That(membership["categoryId"]!.GetValue<Guid>(), Is.EqualTo(scenario.Sen));
        Assert.That(membership.Text("status"), Is.EqualTo("Active"));
        Assert.That(membership["coreCompetencyScore"]!.GetValue<decimal>(), Is.EqualTo(68.00m));

        var suspended = await scenario.Manager.PostAsJsonAsync(
            $"/api/v1/memberships/{membership.Id()}/suspend", new { failedCriteria = new[] { "PF1" }, reason = "Employer's liability insurance lapsed" });
        Assert.That(suspended.StatusCode, Is.EqualTo(HttpStatusCode.OK), await suspended.Content.ReadAsStringAsync());

        var seenBySupplier = await (await scenario.Supplier.GetAsync($"/api/v1/memberships/{membership.Id()}")).JsonAsync();
        Assert.That(seenBySupplier.Text("status"), Is.EqualTo("Suspended"));
        Assert.That(seenBySupplier["suspension"]!["reason"]!.GetValue<string>(), Is.EqualTo("Employer's liability insurance lapsed"));

        var tooMuch = await scenario.Supplier.PostAsJsonAsync($"/api/v1/memberships/{membership.Id()}/reinstatement", new
        {
            answers = new[] { Answer("PF1", "Renewed policy"), Answer("PF2", "Not asked for") },
        });
        Assert.That(tooMuch.StatusCode, Is.EqualTo((HttpStatusCode)422));
        Assert.That((await tooMuch.JsonAsync()).Text("rule"), Is.EqualTo("ResubmissionMustAnswerExactlyTheFailedCriteria"));

        (await scenario.Supplier.PostAsJsonAsync($"/api/v1/memberships/{membership.Id()}/reinstatement", new
        {
            answers = new[] { Answer("PF1", "Renewed policy from 1 March") },
        })).EnsureSuccessStatusCode();
        var reinstated = await scenario.Manager.PostAsJsonAsync($"/api/v1/memberships/{membership.Id()}/reinstatement/evaluation", new
        {
            decisions = new[] { new { criterionCode = "PF1", passed = true, note = "Certificate seen" } },
        });

        var after = await reinstated.JsonAsync();
        Assert.That(reinstated.StatusCode, Is.EqualTo(HttpStatusCode.OK), after.ToJsonString());
        Assert.That(after.Text("status"), Is.EqualTo("Active"));
        Assert.That(after["suspension"], Is.Null);
        Assert.That(after["coreCompetencyScore"]!.GetValue<decimal>(), Is.EqualTo(68.00m), "everything but the failed criterion is kept");

        var events = await Sql.CountAsync(
            ConnectionString,
            "SELECT count(*) FROM qualification.outbox_messages WHERE payload->>'membershipId' = @p0",
            membership.Id().ToString());
        Assert.That(events, Is.EqualTo(3), "admitted, suspended and reinstated are published");
    }

    [Test]
    public async Task A_member_whose_annual_audit_is_late_is_listed_until_the_audit_is_recorded()
    {
        var scenario = await QualificationScenario.StartAsync(Api);
        var membership = await scenario.AdmittedToSenAsync();
        try
        {
            Assert.That(await AuditOverdueAsync(scenario), Does.Not.Contain(membership.Id()));

            await scenario.Manager.PostAsJsonAsync("/api/v1/sandbox/clock", new { advanceBy = "400.00:00:00" });
            Assert.That(await AuditOverdueAsync(scenario), Does.Contain(membership.Id()));

            var today = Requests.SchemeToday().AddDays(400);
            var audited = await scenario.Manager.PostAsJsonAsync(
                $"/api/v1/memberships/{membership.Id()}/audits", new { auditedOn = today, passed = true, notes = "All certificates current" });
            Assert.That(audited.StatusCode, Is.EqualTo(HttpStatusCode.OK), await audited.Content.ReadAsStringAsync());
            Assert.That((await audited.JsonAsync()).Text("auditDueOn"), Is.EqualTo(today.AddMonths(12).ToString("yyyy-MM-dd")));
            Assert.That(await AuditOverdueAsync(scenario), Does.Not.Contain(membership.Id()));
        }
        finally
        {
            await scenario.Manager.PostAsJsonAsync("/api/v1/sandbox/clock", new { reset = true });
        }
    }

    private static object Answer(string code, string response) => new { criterionCode = code, response, evidenceReferences = Array.Empty<string>() };

    private static async Task<List<Guid>> AuditOverdueAsync(QualificationScenario scenario) =>
        (await (await scenario.Manager.GetAsync($"/api/v1/memberships?auditOverdue=true&dpsId={scenario.DpsId}")).JsonAsync())["items"]!
            .AsArray().Select(m => m!["id"]!.GetValue<Guid>()).ToList();
}
