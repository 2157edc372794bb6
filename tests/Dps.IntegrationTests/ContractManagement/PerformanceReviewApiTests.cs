using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dps.IntegrationTests.Infrastructure;
using Dps.IntegrationTests.Qualification;
using Dps.IntegrationTests.Referral;

namespace Dps.IntegrationTests.ContractManagement;

/// <summary>The manager's performance review of a contracted establishment reaches Qualification as a score adjustment.</summary>
public sealed class PerformanceReviewApiTests : ApiTest
{
    /// <summary>The 6-monthly review period today is in, and the next.</summary>
    private static readonly DateOnly Current = new(DateTime.UtcNow.Year, DateTime.UtcNow.Month <= 6 ? 1 : 7, 1);
    private static readonly DateOnly Next = Current.AddMonths(6);
    private static readonly string CurrentStart = Current.ToString("yyyy-MM-dd");

    [Test]
    public async Task A_review_adjusts_the_membership_s_core_competency_score_once_per_period()
    {
        var (scenario, membership, _) = await ContractScenario.ContractedMemberAsync(Api);
        var review = new { establishmentId = scenario.EstablishmentId, categoryId = scenario.Sen, periodStart = CurrentStart, adjustment = -8.5m, reasons = new[] { "Two late outcome reports", "Action plans for 80% of completers" } };

        var reviewed = await scenario.Manager.PostAsJsonAsync("/api/v1/performance-reviews", review);
        var again = await scenario.Manager.PostAsJsonAsync("/api/v1/performance-reviews", review);
        var adjusted = await Eventually.Until(
            async () => await (await scenario.Manager.GetAsync($"/api/v1/memberships/{membership.Id()}")).JsonAsync(),
            m => m["coreCompetencyScore"]!.GetValue<decimal>() != 68.00m,
            "the review to reach Qualification");
        var seenBySupplier = await scenario.Supplier.GetAsync($"/api/v1/performance-reviews?establishmentId={scenario.EstablishmentId}");

        await BidScenario.AssertRuleAsync(again, HttpStatusCode.Conflict, "OneReviewPerPeriod");
        Assert.Multiple(async () =>
        {
            Assert.That(reviewed.StatusCode, Is.EqualTo(HttpStatusCode.Created), await reviewed.Content.ReadAsStringAsync());
            var body = await reviewed.JsonAsync();
            Assert.That(body["periodEnd"]!.GetValue<string>(), Is.EqualTo(Next.AddDays(-1).ToString("yyyy-MM-dd")));
            Assert.That(body["supplierId"]!.GetValue<Guid>(), Is.EqualTo(scenario.SupplierId));
            Assert.That(reviewed.Headers.Location!.ToString(), Does.EndWith($"/api/v1/performance-reviews/{body.Id()}"));
            Assert.That(adjusted["coreCompetencyScore"]!.GetValue<decimal>(), Is.EqualTo(59.50m));
            var adjustment = adjusted["scoreAdjustments"]!.AsArray().Single()!;
            Assert.That(adjustment["reason"]!.GetValue<string>(), Does.StartWith($"Performance review {CurrentStart} to {Next.AddDays(-1):yyyy-MM-dd}: Two late outcome reports"));
            Assert.That((await seenBySupplier.JsonAsync())["items"]!.AsArray(), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task A_review_keeps_the_score_within_100()
    {
        var (scenario, membership, _) = await ContractScenario.ContractedMemberAsync(Api);

        var reviewed = await scenario.Manager.PostAsJsonAsync(
            "/api/v1/performance-reviews", new { establishmentId = scenario.EstablishmentId, categoryId = scenario.Sen, periodStart = CurrentStart, adjustment = 50m, reasons = new[] { "Outstanding outcomes" } });
        var adjusted = await Eventually.Until(
            async () => await (await scenario.Manager.GetAsync($"/api/v1/memberships/{membership.Id()}")).JsonAsync(),
            m => m["coreCompetencyScore"]!.GetValue<decimal>() != 68.00m,
            "the review to reach Qualification");

        Assert.That(reviewed.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(adjusted["coreCompetencyScore"]!.GetValue<decimal>(), Is.EqualTo(100m));
    }

    [Test]
    public async Task Reviews_are_of_begun_scheme_periods_of_contracted_establishments_by_the_manager()
    {
        var (scenario, _, _) = await ContractScenario.ContractedMemberAsync(Api);
        object Review(string periodStart, Guid? establishmentId = null, string[]? reasons = null) => new
        {
            establishmentId = establishmentId ?? scenario.EstablishmentId, categoryId = scenario.Sen, periodStart, adjustment = 2m, reasons = reasons ?? ["Good outcomes"],
        };

        var misaligned = await scenario.Manager.PostAsJsonAsync("/api/v1/performance-reviews", Review(Current.AddMonths(2).ToString("yyyy-MM-dd")));
        var future = await scenario.Manager.PostAsJsonAsync("/api/v1/performance-reviews", Review(Next.ToString("yyyy-MM-dd")));
        var uncontracted = await scenario.Manager.PostAsJsonAsync("/api/v1/performance-reviews", Review(CurrentStart, Guid.NewGuid()));
        var noReason = await scenario.Manager.PostAsJsonAsync("/api/v1/performance-reviews", Review(CurrentStart, reasons: []));
        var bySupplier = await scenario.Supplier.PostAsJsonAsync("/api/v1/performance-reviews", Review(CurrentStart));

        await BidScenario.AssertRuleAsync(misaligned, HttpStatusCode.UnprocessableEntity, "ReviewPeriodMustBeASchemePeriod");
        await BidScenario.AssertRuleAsync(future, HttpStatusCode.UnprocessableEntity, "ReviewPeriodMustHaveStarted");
        await BidScenario.AssertRuleAsync(uncontracted, HttpStatusCode.UnprocessableEntity, "ReviewedEstablishmentMustHoldAContract");
        Assert.Multiple(async () =>
        {
            Assert.That(noReason.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await noReason.Content.ReadAsStringAsync(), Does.Contain("reasons").IgnoreCase);
            Assert.That(bySupplier.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        });
    }
}
