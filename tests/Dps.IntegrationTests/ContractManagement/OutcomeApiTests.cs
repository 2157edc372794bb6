using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Evaluation;
using Dps.IntegrationTests.Infrastructure;
using Dps.IntegrationTests.Referral;
using Dps.Referral.IntegrationEvents;

namespace Dps.IntegrationTests.ContractManagement;

/// <summary>
/// DWP R2 call-offs of one category that started 200 days ago: the supplier reports outcomes on the completed ones, and the
/// report measures them per establishment and category against the defaults (100% action plans; 30–60% job outcomes).
/// </summary>
public sealed class OutcomeApiTests : ApiTest
{
    private static readonly AwardedFundingModel R2 = new(Guid.NewGuid(), 20m, 30m, 50m, 4, 13);
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private static readonly DateOnly Start = Today.AddDays(-200);
    private static readonly DateOnly End = Start.AddDays((26 * 7) - 1);

    [Test]
    public async Task Measures_are_computed_per_establishment_and_category_and_an_establishment_below_expectation_is_flagged()
    {
        var category = Guid.NewGuid();
        var first = CallOff(category);
        var weald = Enumerable.Range(0, 4).Select(_ => first with { AwardId = Guid.CreateVersion7(), Id = Guid.NewGuid() }).ToList();
        var downs = CallOff(category) with { AuthorityId = first.AuthorityId };
        var buyer = await ContractScenario.BuyerAsync(Api, first);
        var paths = new List<string>();
        foreach (var award in weald.Append(downs))
        {
            await ContractScenario.DeliverAsync(Api, award);
            paths.Add(await CompletedAsync(buyer, award, award == weald[3] ? End : Today.AddDays(-100)));
        }

        var wealdStaff = await ContractScenario.SupplierAsync(Api, first);
        var downsStaff = await ContractScenario.SupplierAsync(Api, downs);
        await ReportAsync(wealdStaff, paths[0], "ActionPlan", true);
        await ReportAsync(wealdStaff, paths[1], "ActionPlan", true);
        await ReportAsync(wealdStaff, paths[0], "JobOutcome", true);
        await ReportAsync(wealdStaff, paths[1], "JobOutcome", false);
        await ReportAsync(downsStaff, paths[4], "ActionPlan", true);
        await ReportAsync(downsStaff, paths[4], "JobOutcome", true);

        var report = await (await buyer.GetAsync($"/api/v1/reports/outcomes?categoryId={category}")).JsonAsync();
        var measured = report["categories"]!.AsArray().Single()!;
        var establishments = measured["establishments"]!.AsArray();
        var strangerReport = await (await (await ContractScenario.BuyerAsync(Api, ContractScenario.Award())).GetAsync($"/api/v1/reports/outcomes?categoryId={category}")).JsonAsync();
        var contractOutcomes = await (await buyer.GetAsync($"{paths[0]}/outcomes")).JsonAsync();

        Assert.Multiple(() =>
        {
            Assert.That(Figures(measured, "ActionPlan"), Is.EqualTo("5 completers, 4 counted, 1 pending, 3 met, 75.0% Below"));
            Assert.That(Figures(measured, "JobOutcome"), Is.EqualTo("5 completers, 4 counted, 1 pending, 2 met, 50.0% Within"));
            Assert.That(establishments.Select(e => e!["establishmentId"]!.GetValue<Guid>()), Is.EqualTo(new[] { first.EstablishmentId, downs.EstablishmentId }), "the one below expectation first");
            Assert.That(establishments[0]!["belowExpectation"]!.GetValue<bool>(), Is.True);
            Assert.That(Figures(establishments[0]!, "ActionPlan"), Is.EqualTo("4 completers, 3 counted, 1 pending, 2 met, 66.7% Below"), "the third completer, unreported 100 days on, is not met");
            Assert.That(Figures(establishments[0]!, "JobOutcome"), Is.EqualTo("4 completers, 3 counted, 1 pending, 1 met, 33.3% Within"));
            Assert.That(establishments[1]!["belowExpectation"]!.GetValue<bool>(), Is.False);
            Assert.That(Figures(establishments[1]!, "JobOutcome"), Is.EqualTo("1 completers, 1 counted, 0 pending, 1 met, 100.0% Exceeds"));
            Assert.That(strangerReport["categories"]!.AsArray(), Is.Empty, "another authority's buyer sees none of these contracts");
            var job = contractOutcomes["measures"]!.AsArray().Single(m => m!["measure"]!.GetValue<string>() == "JobOutcome")!;
            Assert.That(job["expected"]!["minPercent"]!.GetValue<decimal>(), Is.EqualTo(30m));
            Assert.That(job["dueBy"]!.GetValue<string>(), Is.EqualTo(Today.AddDays(-100 + 91).ToString("yyyy-MM-dd")));
            Assert.That(job["report"]!["met"]!.GetValue<bool>(), Is.True);
        });
    }

    [Test]
    public async Task Only_the_supplier_reports_only_on_completion_only_its_contract_s_measures_and_each_once()
    {
        var award = CallOff(Guid.NewGuid()) with { FundingModel = ContractScenario.Engagement };
        await ContractScenario.DeliverAsync(Api, award);
        var buyer = await ContractScenario.BuyerAsync(Api, award);
        var supplier = await ContractScenario.SupplierAsync(Api, award);
        var stranger = await ContractScenario.SupplierAsync(Api, ContractScenario.Award());
        var path = $"/api/v1/contracts/{(await ContractScenario.ContractOfAsync(buyer, award))["id"]}";
        var actionPlan = new { measure = "ActionPlan", met = true, evidence = "Action plan agreed at exit", reference = "AP-1" };

        var beforeCompletion = await supplier.PostAsJsonAsync($"{path}/outcomes", actionPlan);
        (await buyer.PostAsJsonAsync($"{path}/complete", new { completedOn = End.ToString("yyyy-MM-dd") })).EnsureSuccessStatusCode();
        var byBuyer = await buyer.PostAsJsonAsync($"{path}/outcomes", actionPlan);
        var byStranger = await stranger.PostAsJsonAsync($"{path}/outcomes", actionPlan);
        var jobOutcome = await supplier.PostAsJsonAsync($"{path}/outcomes", actionPlan with { measure = "JobOutcome" });
        var noEvidence = await supplier.PostAsJsonAsync($"{path}/outcomes", actionPlan with { evidence = "" });
        var reported = await supplier.PostAsJsonAsync($"{path}/outcomes", actionPlan);
        var again = await supplier.PostAsJsonAsync($"{path}/outcomes", actionPlan with { met = false });
        var outcomes = await (await supplier.GetAsync($"{path}/outcomes")).JsonAsync();

        await BidScenario.AssertRuleAsync(beforeCompletion, HttpStatusCode.Conflict, "OutcomeFollowsCompletion");
        await BidScenario.AssertRuleAsync(jobOutcome, HttpStatusCode.UnprocessableEntity, "OutcomeMeasureMustApplyToTheContract");
        await BidScenario.AssertRuleAsync(again, HttpStatusCode.Conflict, "OutcomeIsReportedOnce");
        Assert.Multiple(() =>
        {
            Assert.That(byBuyer.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(byStranger.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(noEvidence.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(reported.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(outcomes["measures"]!.AsArray().Select(m => m!["measure"]!.GetValue<string>()), Is.EqualTo(new[] { "ActionPlan" }), "Engagement pays no job outcome");
            Assert.That(outcomes["measures"]![0]!["report"]!["met"]!.GetValue<bool>(), Is.True, "the second report changed nothing");
        });
    }

    [Test]
    public async Task The_manager_and_auditors_see_every_authority_s_outcomes_and_a_stranger_none_of_a_contract_s()
    {
        var award = CallOff(Guid.NewGuid());
        await ContractScenario.DeliverAsync(Api, award);
        var buyer = await ContractScenario.BuyerAsync(Api, award);
        var path = await CompletedAsync(buyer, award, End);
        var auditor = await CompetitionScenario.ClientAsync(Api, DpsRoles.Auditor, "auditor-1");

        var asManager = await (await (await AsManagerAsync()).GetAsync($"/api/v1/reports/outcomes?establishmentId={award.EstablishmentId}")).JsonAsync();
        var asAuditor = await auditor.GetAsync($"{path}/outcomes");
        var asStranger = await (await ContractScenario.BuyerAsync(Api, ContractScenario.Award())).GetAsync($"{path}/outcomes");

        Assert.Multiple(() =>
        {
            Assert.That(asManager["categories"]!.AsArray().Single()!["establishments"]!.AsArray().Single()!["establishmentId"]!.GetValue<Guid>(), Is.EqualTo(award.EstablishmentId));
            Assert.That(asAuditor.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(asStranger.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    private static ServiceAwardedIntegrationEvent CallOff(Guid category) =>
        ContractScenario.Award(AwardRoute.OfferMatch, fundingModel: R2) with { CategoryId = category, StartDate = Start, TermWeeks = 26 };

    private static async Task<string> CompletedAsync(HttpClient buyer, ServiceAwardedIntegrationEvent award, DateOnly completedOn)
    {
        var path = $"/api/v1/contracts/{(await ContractScenario.ContractOfAsync(buyer, award))["id"]}";
        var completed = await buyer.PostAsJsonAsync($"{path}/complete", new { completedOn = completedOn.ToString("yyyy-MM-dd") });
        Assert.That(completed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await completed.Content.ReadAsStringAsync());
        return path;
    }

    private static async Task ReportAsync(HttpClient supplier, string path, string measure, bool met)
    {
        var reported = await supplier.PostAsJsonAsync($"{path}/outcomes", new { measure, met, evidence = $"{measure} evidence", reference = "REF-1" });
        Assert.That(reported.StatusCode, Is.EqualTo(HttpStatusCode.Created), await reported.Content.ReadAsStringAsync());
    }

    private static string Figures(JsonNode performance, string measure)
    {
        var m = performance["measures"]!.AsArray().Single(x => x!["measure"]!.GetValue<string>() == measure)!;
        return string.Create(CultureInfo.InvariantCulture, $"{m["completers"]} completers, {m["counted"]} counted, {m["pending"]} pending, {m["met"]} met, {m["percent"]!.GetValue<decimal>():0.0}% {m["standing"]!.GetValue<string>()}");
    }
}
