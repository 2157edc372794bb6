using System.Net;
using System.Net.Http.Json;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Qualification;

public sealed class ApplicationApiTests : ApiTest
{
    [Test]
    public async Task A_draft_answers_201_located_where_it_is_read_with_its_ETag()
    {
        var scenario = await QualificationScenario.StartAsync(Api);

        var response = await scenario.DraftAsync(QualificationScenario.CategoryInput(scenario.Sen));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var draft = await response.JsonAsync();
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/api/v1/applications/{draft.Id()}"));
        Assert.That(response.Headers.ETag?.Tag, Is.EqualTo($"\"{draft["version"]!.GetValue<uint>()}\""));
    }

    [Test]
    public async Task A_negative_cost_and_a_blank_category_are_refused_by_field()
    {
        var scenario = await QualificationScenario.StartAsync(Api);

        var response = await scenario.DraftAsync(QualificationScenario.CategoryInput(Guid.Empty, premises: -1m));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ValidationErrorsAsync()).Keys,
            Is.SupersetOf(new[] { "categories[0].categoryId", "categories[0].coreCosts[0].amount.amount" }));
    }

    [Test]
    public async Task A_category_of_another_dps_is_a_422_naming_the_rule()
    {
        var scenario = await QualificationScenario.StartAsync(Api);
        var otherDps = await scenario.Manager.CreateDpsAsync();
        var foreign = await scenario.Manager.AddCategoryAsync(otherDps.Id(), "Foster care");

        var response = await scenario.DraftAsync(QualificationScenario.CategoryInput(foreign.Id()));

        Assert.That(response.StatusCode, Is.EqualTo((HttpStatusCode)422));
        Assert.That((await response.JsonAsync()).Text("rule"), Is.EqualTo("CategoriesMustBelongToTheDps"));
    }

    [Test]
    public async Task A_missing_answer_is_refused_at_submission_and_nothing_is_submitted()
    {
        var scenario = await QualificationScenario.StartAsync(Api);
        var draft = await (await scenario.DraftAsync(QualificationScenario.CategoryInput(scenario.Sen, answerAll: false))).JsonAsync();

        var response = await scenario.Supplier.PostAsync($"/api/v1/applications/{draft.Id()}/submit", null);

        Assert.That(response.StatusCode, Is.EqualTo((HttpStatusCode)422));
        var problem = await response.JsonAsync();
        Assert.That(problem.Text("rule"), Is.EqualTo("EveryCriterionMustBeAnswered"));
        Assert.That(problem.Text("detail"), Does.Contain("MS2"));
        var current = await (await scenario.Supplier.GetAsync($"/api/v1/applications/{draft.Id()}")).JsonAsync();
        Assert.That(current.Text("status"), Is.EqualTo("Draft"));
    }

    [Test]
    public async Task Core_costs_above_the_affordability_cap_are_refused_at_submission()
    {
        var scenario = await QualificationScenario.StartAsync(Api);
        var draft = await (await scenario.DraftAsync(QualificationScenario.CategoryInput(scenario.Sen, premises: 2000m, staffing: 1500m))).JsonAsync();

        var response = await scenario.Supplier.PostAsync($"/api/v1/applications/{draft.Id()}/submit", null);

        Assert.That(response.StatusCode, Is.EqualTo((HttpStatusCode)422));
        Assert.That((await response.JsonAsync()).Text("rule"), Is.EqualTo("CoreCostsMustNotExceedAffordabilityCap"));
    }

    [Test]
    public async Task Submission_while_the_dps_is_closed_to_new_applications_is_a_409()
    {
        var scenario = await QualificationScenario.StartAsync(Api);
        var draft = await (await scenario.DraftAsync(QualificationScenario.CategoryInput(scenario.Sen))).JsonAsync();
        var today = Requests.SchemeToday();
        (await scenario.Manager.PostAsJsonAsync($"/api/v1/dps/{scenario.DpsId}/entry-windows",
            new { closedFrom = today, reopensOn = today.AddDays(30), reason = "Onboarding" })).EnsureSuccessStatusCode();

        var response = await scenario.Supplier.PostAsync($"/api/v1/applications/{draft.Id()}/submit", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await response.JsonAsync()).Text("rule"), Is.EqualTo("DpsMustBeOpenForApplications"));
    }

    [Test]
    public async Task A_second_submission_is_a_409()
    {
        var scenario = await QualificationScenario.StartAsync(Api);
        var application = await scenario.SubmittedApplicationAsync();

        var response = await scenario.Supplier.PostAsync($"/api/v1/applications/{application.Id()}/submit", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await response.JsonAsync()).Text("rule"), Is.EqualTo("ApplicationMustBeDraft"));
    }

    [Test]
    public async Task An_unsubmitted_application_cannot_be_evaluated()
    {
        var scenario = await QualificationScenario.StartAsync(Api);
        var draft = await (await scenario.DraftAsync(QualificationScenario.CategoryInput(scenario.Sen))).JsonAsync();

        var response = await scenario.EvaluateAsync(draft.Id(), scenario.Sen);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await response.JsonAsync()).Text("rule"), Is.EqualTo("ApplicationMustBeSubmittedBeforeEvaluation"));
    }

    [TestCase(101)]
    [TestCase(-1)]
    public async Task A_score_outside_0_to_100_is_refused(int score)
    {
        var scenario = await QualificationScenario.StartAsync(Api);
        var application = await scenario.SubmittedApplicationAsync();

        var response = await scenario.EvaluateAsync(application.Id(), scenario.Sen, firstScore: score);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.ValidationErrorsAsync(), Does.ContainKey("scores[0].score"));
    }

    [TestCase(DpsRoles.Supplier)]
    [TestCase(DpsRoles.Buyer)]
    [TestCase(DpsRoles.Auditor)]
    public async Task Only_the_manager_evaluates_and_decides(string role)
    {
        var scenario = await QualificationScenario.StartAsync(Api);
        var application = await scenario.SubmittedApplicationAsync();
        var caller = await AsAsync(role, authorityId: Guid.NewGuid(), supplierId: scenario.SupplierId);

        var decision = await caller.PostAsync($"/api/v1/applications/{application.Id()}/decision", null);
        var evaluation = await caller.PostAsJsonAsync($"/api/v1/applications/{application.Id()}/evaluation", new { categoryId = scenario.Sen });

        Assert.That(decision.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(evaluation.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Supplier_b_cannot_see_or_change_supplier_a_s_application()
    {
        var scenario = await QualificationScenario.StartAsync(Api);
        var draft = await (await scenario.DraftAsync(QualificationScenario.CategoryInput(scenario.Sen))).JsonAsync();
        var supplierB = await AsAsync(DpsRoles.Supplier, supplierId: Guid.NewGuid());

        var read = await supplierB.GetAsync($"/api/v1/applications/{draft.Id()}");
        var submit = await supplierB.PostAsync($"/api/v1/applications/{draft.Id()}/submit", null);
        var list = await (await supplierB.GetAsync("/api/v1/applications")).JsonAsync();

        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(submit.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(list["total"]!.GetValue<int>(), Is.Zero);
    }

    [Test]
    public async Task A_supplier_cannot_apply_for_another_supplier_s_establishment()
    {
        var scenario = await QualificationScenario.StartAsync(Api);
        var supplierB = await AsAsync(DpsRoles.Supplier, supplierId: Guid.NewGuid());

        var response = await supplierB.PostAsJsonAsync("/api/v1/applications", new
        {
            establishmentId = scenario.EstablishmentId,
            dpsId = scenario.DpsId,
            categories = new[] { QualificationScenario.CategoryInput(scenario.Sen) },
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Of_two_concurrent_decisions_one_wins_and_the_other_is_refused()
    {
        var scenario = await QualificationScenario.StartAsync(Api);
        var application = await scenario.SubmittedApplicationAsync();
        (await scenario.EvaluateAsync(application.Id(), scenario.Sen)).EnsureSuccessStatusCode();
        (await scenario.EvaluateAsync(application.Id(), scenario.Residential)).EnsureSuccessStatusCode();

        var decisions = await Task.WhenAll(Enumerable.Range(0, 3)
            .Select(_ => scenario.Manager.PostAsync($"/api/v1/applications/{application.Id()}/decision", null)));

        Assert.That(decisions.Count(d => d.StatusCode == HttpStatusCode.OK), Is.EqualTo(1));
        Assert.That(decisions.Count(d => d.StatusCode == HttpStatusCode.Conflict), Is.EqualTo(2));
        var memberships = await (await scenario.Manager.GetAsync($"/api/v1/memberships?establishmentId={scenario.EstablishmentId}")).JsonAsync();
        Assert.That(memberships["total"]!.GetValue<int>(), Is.EqualTo(2), "one membership per admitted category, granted once");
    }

    [Test]
    public async Task A_decision_not_made_within_10_working_days_is_listed_as_overdue_until_extended()
    {
        var scenario = await QualificationScenario.StartAsync(Api);
        var application = await scenario.SubmittedApplicationAsync();
        try
        {
            Assert.That(await OverdueAsync(scenario), Does.Not.Contain(application.Id()));

            await scenario.Manager.PostAsJsonAsync("/api/v1/sandbox/clock", new { advanceBy = "20.00:00:00" });
            Assert.That(await OverdueAsync(scenario), Does.Contain(application.Id()));

            var extended = await scenario.Manager.PostAsJsonAsync(
                $"/api/v1/applications/{application.Id()}/extend-deadline", new { justification = "Site visit needed" });
            var body = await extended.JsonAsync();
            Assert.That(extended.StatusCode, Is.EqualTo(HttpStatusCode.OK), body.ToJsonString());
            Assert.That(body.Text("deadlineExtensionJustification"), Is.EqualTo("Site visit needed"));
            Assert.That(DateOnly.Parse(body.Text("decisionDueOn")), Is.GreaterThan(DateOnly.Parse(application.Text("decisionDueOn"))));

            var again = await scenario.Manager.PostAsJsonAsync(
                $"/api/v1/applications/{application.Id()}/extend-deadline", new { justification = "More time" });
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        }
        finally
        {
            await scenario.Manager.PostAsJsonAsync("/api/v1/sandbox/clock", new { reset = true });
        }
    }

    [Test]
    public async Task Extending_without_a_justification_is_refused()
    {
        var scenario = await QualificationScenario.StartAsync(Api);
        var application = await scenario.SubmittedApplicationAsync();

        var response = await scenario.Manager.PostAsJsonAsync($"/api/v1/applications/{application.Id()}/extend-deadline", new { justification = "" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.ValidationErrorsAsync(), Does.ContainKey("justification"));
    }

    private static async Task<List<Guid>> OverdueAsync(QualificationScenario scenario) =>
        (await (await scenario.Manager.GetAsync($"/api/v1/applications?overdue=true&dpsId={scenario.DpsId}")).JsonAsync())["items"]!
            .AsArray().Select(a => a!["id"]!.GetValue<Guid>()).ToList();
}
