using System.Net;
using System.Text.Json.Nodes;
using Dps.BuildingBlocks.Application.Security;
using Dps.BuildingBlocks.Domain;
using Dps.IntegrationTests.Evaluation;
using Dps.IntegrationTests.Infrastructure;
using Dps.IntegrationTests.Qualification;
using Dps.Referral.IntegrationEvents;

namespace Dps.IntegrationTests.ContractManagement;

/// <summary>
/// The benchmark report on a small fixed data set, its figures worked out by hand. Four SEN awards on Wednesday 10
/// February 2027: West Sussex (A) — an SME at £1,000 a week (4 bids, published Monday 1 February: 7 working days) and
/// another at £5,200 a month = £1,200 a week (2 bids, published 3 February: 5 days); authority B — £72,800 a year = £1,400
/// a week (a direct placement) and the SME at £2,000 a week (3 bids, published 9 February: 1 day). All for 10 weeks.
/// </summary>
public sealed class BenchmarkApiTests : ApiTest
{
    private static readonly DateTimeOffset AwardedAt = new(2027, 2, 10, 11, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task The_figures_are_those_worked_out_by_hand_and_a_buyer_sees_other_authorities_only_by_label()
    {
        var (scenario, _, _) = await ContractScenario.ContractedMemberAsync(Api, awardedAt: new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));
        var westSussex = Requests.LeadAuthorityId;
        var other = Guid.NewGuid();
        await AwardAsync(scenario, westSussex, scenario.SupplierId, 1000m, "Week", new AwardedCompetition(4, new DateTimeOffset(2027, 2, 1, 9, 0, 0, TimeSpan.Zero)));
        await AwardAsync(scenario, westSussex, Guid.NewGuid(), 5200m, "Month", new AwardedCompetition(2, new DateTimeOffset(2027, 2, 3, 9, 0, 0, TimeSpan.Zero)));
        await AwardAsync(scenario, other, Guid.NewGuid(), 72800m, "Annum", null);
        await AwardAsync(scenario, other, scenario.SupplierId, 2000m, "Week", new AwardedCompetition(3, new DateTimeOffset(2027, 2, 9, 9, 0, 0, TimeSpan.Zero)));
        var path = $"/api/v1/reports/benchmarks?categoryId={scenario.Sen}&from=2027-Q1&to=2027-Q1";

        var asManager = await ReportAsync(await CompetitionScenario.ClientAsync(Api, DpsRoles.Manager, "manager-1"), path);
        var asBuyer = await ReportAsync(await CompetitionScenario.ClientAsync(Api, DpsRoles.Buyer, "buyer-1", authorityId: westSussex), path);

        Assert.Multiple(() =>
        {
            var overall = asManager["overall"]!;
            Assert.That(overall["awards"]!.GetValue<int>(), Is.EqualTo(4), "the 2026 award is outside the period");
            Assert.That(Quartiles(overall), Is.EqualTo(new[] { 1150m, 1300m, 1550m }));
            Assert.That(overall["bidsPerReferral"]!.GetValue<decimal>(), Is.EqualTo(3m));
            Assert.That(overall["workingDaysToAward"]!.GetValue<decimal>(), Is.EqualTo(5m));
            Assert.That(overall["smeShareOfAwards"]!.GetValue<decimal>(), Is.EqualTo(50m));
            Assert.That(overall["smeShareOfValue"]!.GetValue<decimal>(), Is.EqualTo(53.57m), "30,000 of 56,000");

            var rows = asManager["rows"]!.AsArray();
            var a = rows.Single(r => r!["authority"]!["id"]?.GetValue<Guid>() == westSussex)!;
            var b = rows.Single(r => r!["authority"]!["id"]?.GetValue<Guid>() == other)!;
            Assert.That(a["authority"]!["name"]!.GetValue<string>(), Is.EqualTo("West Sussex County Council"));
            Assert.That(a["quarter"]!.GetValue<string>(), Is.EqualTo("2027-Q1"));
            Assert.That(a["category"]!["name"]!.GetValue<string>(), Is.Not.Null);
            Assert.That(Quartiles(a["figures"]!), Is.EqualTo(new[] { 1050m, 1100m, 1150m }));
            Assert.That(a["figures"]!["workingDaysToAward"]!.GetValue<decimal>(), Is.EqualTo(6m));
            Assert.That(a["figures"]!["smeShareOfValue"]!.GetValue<decimal>(), Is.EqualTo(45.45m), "10,000 of 22,000");
            Assert.That(Quartiles(b["figures"]!), Is.EqualTo(new[] { 1550m, 1700m, 1850m }));
            Assert.That(b["figures"]!["bidsPerReferral"]!.GetValue<decimal>(), Is.EqualTo(3m), "the direct placement has no bids");
            Assert.That(b["figures"]!["smeShareOfValue"]!.GetValue<decimal>(), Is.EqualTo(58.82m), "20,000 of 34,000");

            var seen = asBuyer["rows"]!.AsArray().Select(r => (r!["authority"]!["id"]?.GetValue<Guid>(), r["authority"]!["name"]!.GetValue<string>())).ToList();
            Assert.That(seen, Is.EquivalentTo(new (Guid?, string)[] { (westSussex, "West Sussex County Council"), (null, "Authority A") }));
            Assert.That(asBuyer.ToJsonString(), Does.Not.Contain(other.ToString()));
        });
    }

    [Test]
    public async Task Suppliers_get_no_report_and_a_bad_period_is_a_400_naming_it()
    {
        var manager = await CompetitionScenario.ClientAsync(Api, DpsRoles.Manager, "manager-1");
        var supplier = await CompetitionScenario.ClientAsync(Api, DpsRoles.Supplier, "supplier-1", supplierId: Guid.NewGuid());

        var bySupplier = await supplier.GetAsync("/api/v1/reports/benchmarks");
        var badFrom = await manager.GetAsync("/api/v1/reports/benchmarks?from=2027-Q9");
        var backwards = await manager.GetAsync("/api/v1/reports/benchmarks?from=2027-Q3&to=2027-Q1");
        var empty = await ReportAsync(manager, $"/api/v1/reports/benchmarks?categoryId={Guid.NewGuid()}");

        Assert.Multiple(async () =>
        {
            Assert.That(bySupplier.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(badFrom.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await badFrom.Content.ReadAsStringAsync(), Does.Contain("from"));
            Assert.That(backwards.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(empty["overall"]!["awards"]!.GetValue<int>(), Is.EqualTo(0));
            Assert.That(empty["overall"]!["weeklyPrice"], Is.Null);
            Assert.That(empty["rows"]!.AsArray(), Is.Empty);
        });
    }

    private async Task AwardAsync(QualificationScenario scenario, Guid authorityId, Guid supplierId, decimal price, string basis, AwardedCompetition? competed) =>
        await ContractScenario.DeliverAsync(Api, ContractScenario.Award(competed is null ? AwardRoute.DirectPlacement : AwardRoute.Competition, authorityId, supplierId) with
        {
            DpsId = scenario.DpsId, CategoryId = scenario.Sen, Price = new Money(price, "GBP"), PriceBasis = basis, TermWeeks = 10, AwardedAt = AwardedAt, Competition = competed,
        });

    private static async Task<JsonObject> ReportAsync(HttpClient client, string path)
    {
        var read = await client.GetAsync(path);
        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK), await read.Content.ReadAsStringAsync());
        return await read.JsonAsync();
    }

    private static decimal[] Quartiles(JsonNode figures) =>
        [figures["weeklyPrice"]!["lower"]!.GetValue<decimal>(), figures["weeklyPrice"]!["median"]!.GetValue<decimal>(), figures["weeklyPrice"]!["upper"]!.GetValue<decimal>()];
}
