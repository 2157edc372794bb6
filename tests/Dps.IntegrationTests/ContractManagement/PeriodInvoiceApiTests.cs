using System.Net;
using System.Net.Http.Json;
using Dps.BuildingBlocks.Domain;
using Dps.IntegrationTests.Infrastructure;
using Dps.IntegrationTests.Referral;
using Dps.Referral.IntegrationEvents;

namespace Dps.IntegrationTests.ContractManagement;

/// <summary>
/// A SET placement at £5,200 a month from Monday 4 January 2027 for 10 weeks (to 14 March): two full months, then 4–14
/// March, 11 of the 31 days of its month: £5,200 × 11 ÷ 31 = £1,845.16.
/// </summary>
public sealed class PeriodInvoiceApiTests : ApiTest
{
    [Test]
    public async Task Each_period_is_invoiced_once_for_the_amount_the_platform_computes()
    {
        var award = ContractScenario.Award() with { Price = new Money(5200m, "GBP"), PriceBasis = "Month", TermWeeks = 10 };
        await ContractScenario.DeliverAsync(Api, award);
        var buyer = await ContractScenario.BuyerAsync(Api, award);
        var supplier = await ContractScenario.SupplierAsync(Api, award);
        var path = $"/api/v1/contracts/{(await ContractScenario.ContractOfAsync(buyer, award))["id"]}/invoices";

        var first = await InvoiceAsync(supplier, path, 1);
        var twice = await supplier.PostAsJsonAsync(path, new { period = 1 });
        var second = await InvoiceAsync(supplier, path, 2);
        var rejected = await buyer.PostAsJsonAsync($"{path}/{second["id"]}/reject", new { reason = "Attendance register missing." });
        var secondAgain = await InvoiceAsync(supplier, path, 2);
        var last = await InvoiceAsync(supplier, path, 3);
        var beyond = await supplier.PostAsJsonAsync(path, new { period = 4 });
        var verified = await buyer.PostAsync($"{path}/{first["id"]}/verify", null);
        var listed = System.Text.Json.Nodes.JsonNode.Parse(await (await buyer.GetAsync(path)).Content.ReadAsStringAsync())!.AsArray();

        await BidScenario.AssertRuleAsync(twice, HttpStatusCode.Conflict, "PeriodIsInvoicedOnce");
        await BidScenario.AssertRuleAsync(beyond, HttpStatusCode.UnprocessableEntity, "InvoicePeriodMustBeInTheTerm");
        Assert.Multiple(async () =>
        {
            Assert.That(first["amount"]!["amount"]!.GetValue<decimal>(), Is.EqualTo(5200m));
            Assert.That($"{first["from"]}–{first["to"]}", Is.EqualTo("2027-01-04–2027-02-03"));
            Assert.That(rejected.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(secondAgain["amount"]!["amount"]!.GetValue<decimal>(), Is.EqualTo(5200m));
            Assert.That($"{last["from"]}–{last["to"]}", Is.EqualTo("2027-03-04–2027-03-14"));
            Assert.That(last["amount"]!["amount"]!.GetValue<decimal>(), Is.EqualTo(1845.16m));
            Assert.That((await verified.JsonAsync())["status"]!.GetValue<string>(), Is.EqualTo("Verified"));
            Assert.That(listed.Select(i => $"{i!["number"]}:{i["status"]}"), Is.EqualTo(new[] { "1:Verified", "2:Rejected", "2:Claimed", "3:Claimed" }));
        });
    }

    [Test]
    public async Task A_call_off_is_not_invoiced_by_period_and_only_its_supplier_invoices()
    {
        var callOff = ContractScenario.Award(AwardRoute.OfferMatch, fundingModel: ContractScenario.Engagement);
        await ContractScenario.DeliverAsync(Api, callOff);
        var buyer = await ContractScenario.BuyerAsync(Api, callOff);
        var path = $"/api/v1/contracts/{(await ContractScenario.ContractOfAsync(buyer, callOff))["id"]}/invoices";

        var byCallOff = await (await ContractScenario.SupplierAsync(Api, callOff)).PostAsJsonAsync(path, new { period = 1 });
        var byBuyer = await buyer.PostAsJsonAsync(path, new { period = 1 });
        var byStranger = await (await ContractScenario.SupplierAsync(Api, ContractScenario.Award())).PostAsJsonAsync(path, new { period = 1 });

        await BidScenario.AssertRuleAsync(byCallOff, HttpStatusCode.UnprocessableEntity, "ContractMustBePricedPerPeriod");
        Assert.That(byBuyer.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(byStranger.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private static async Task<System.Text.Json.Nodes.JsonObject> InvoiceAsync(HttpClient supplier, string path, int period)
    {
        var invoiced = await supplier.PostAsJsonAsync(path, new { period });
        Assert.That(invoiced.StatusCode, Is.EqualTo(HttpStatusCode.Created), await invoiced.Content.ReadAsStringAsync());
        return await invoiced.JsonAsync();
    }
}
