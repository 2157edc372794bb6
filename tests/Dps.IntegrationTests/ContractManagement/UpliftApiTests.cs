using System.Net;
using System.Net.Http.Json;
using Dps.BuildingBlocks.Application.Security;
using Dps.IntegrationTests.Evaluation;
using Dps.IntegrationTests.Infrastructure;
using Dps.IntegrationTests.Referral;

namespace Dps.IntegrationTests.ContractManagement;

/// <summary>An annual uplift touches only its lines, on the running contracts of its category, and each contract keeps its earlier prices.</summary>
public sealed class UpliftApiTests : ApiTest
{
    [Test]
    public async Task An_uplift_moves_only_the_named_lines_of_the_category_s_running_contracts()
    {
        var category = Guid.NewGuid();
        var running = ContractScenario.Award() with { CategoryId = category };
        var startsLater = ContractScenario.Award(authorityId: running.AuthorityId) with { CategoryId = category, StartDate = new DateOnly(2027, 5, 3) };
        var otherCategory = ContractScenario.Award(authorityId: running.AuthorityId);
        foreach (var award in new[] { running, startsLater, otherCategory })
        {
            await ContractScenario.DeliverAsync(Api, award);
        }

        var manager = await CompetitionScenario.ClientAsync(Api, DpsRoles.Manager, "manager-1");
        var body = new { categoryId = category, lineCodes = new[] { "STAFFING" }, percent = 3.33m, effectiveFrom = "2027-04-01", reason = "2027/28 uplift agreed by the partnership board" };
        var agreed = await manager.PostAsJsonAsync("/api/v1/uplifts", body);
        var again = await manager.PostAsJsonAsync("/api/v1/uplifts", body);
        var buyer = await ContractScenario.BuyerAsync(Api, running);
        var uplifted = await ContractScenario.ContractOfAsync(buyer, running);
        var later = await ContractScenario.ContractOfAsync(buyer, startsLater);
        var other = await ContractScenario.ContractOfAsync(buyer, otherCategory);

        await BidScenario.AssertRuleAsync(again, HttpStatusCode.Conflict, "OneUpliftPerCategoryAndDate");
        Assert.Multiple(async () =>
        {
            Assert.That(agreed.StatusCode, Is.EqualTo(HttpStatusCode.Created), await agreed.Content.ReadAsStringAsync());
            Assert.That((await agreed.JsonAsync())["contractsUplifted"]!.GetValue<int>(), Is.EqualTo(1));

            var prices = uplifted["prices"]!.AsArray();
            Assert.That(prices, Has.Count.EqualTo(2));
            Assert.That(prices[0]!["price"]!["amount"]!.GetValue<decimal>(), Is.EqualTo(3000m));
            Assert.That(prices[0]!["from"]!.GetValue<string>(), Is.EqualTo("2027-01-04"));
            Assert.That(prices[1]!["from"]!.GetValue<string>(), Is.EqualTo("2027-04-01"));
            Assert.That(prices[1]!["price"]!["amount"]!.GetValue<decimal>(), Is.EqualTo(3096.57m), "2,900 × 1.0333 = 2,996.57, plus the untouched 100");
            Assert.That(
                prices[1]!["costLines"]!.AsArray().Select(l => $"{l!["lineCode"]}:{l["amount"]!["amount"]}"),
                Is.EqualTo(new[] { "STAFFING:2996.57", "VAR-1:100" }));
            Assert.That(uplifted["price"]!["amount"]!.GetValue<decimal>(), Is.EqualTo(3000m), "the awarded price stays as awarded");
            Assert.That(later["prices"]!.AsArray(), Has.Count.EqualTo(1));
            Assert.That(other["prices"]!.AsArray(), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Only_the_manager_agrees_an_uplift_and_a_bad_one_is_a_400_naming_the_field()
    {
        var manager = await CompetitionScenario.ClientAsync(Api, DpsRoles.Manager, "manager-1");
        var buyer = await CompetitionScenario.ClientAsync(Api, DpsRoles.Buyer, "buyer-1", authorityId: Guid.NewGuid());
        var good = new { categoryId = Guid.NewGuid(), lineCodes = new[] { "STAFFING" }, percent = 2m, effectiveFrom = "2027-04-01", reason = "Agreed" };

        var byBuyer = await buyer.PostAsJsonAsync("/api/v1/uplifts", good);
        var zero = await manager.PostAsJsonAsync("/api/v1/uplifts", good with { percent = 0m });
        var noLines = await manager.PostAsJsonAsync("/api/v1/uplifts", new { good.categoryId, lineCodes = Array.Empty<string>(), good.percent, good.effectiveFrom, good.reason });

        Assert.Multiple(async () =>
        {
            Assert.That(byBuyer.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(zero.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await zero.Content.ReadAsStringAsync(), Does.Contain("percent").IgnoreCase);
            Assert.That(noLines.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await noLines.Content.ReadAsStringAsync(), Does.Contain("lineCodes").IgnoreCase);
        });
    }
}
