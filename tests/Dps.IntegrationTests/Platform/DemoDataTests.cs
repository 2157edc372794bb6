using Dps.BuildingBlocks.Application.Security;
using Dps.DemoData;
using Dps.IntegrationTests.Infrastructure;

namespace Dps.IntegrationTests.Platform;

public sealed class DemoDataTests
{
    [Test]
    public async Task The_demo_data_holds_the_set_and_dwp_schemes_and_is_seeded_once()
    {
        var database = await TestDatabase.CreateFromTemplateAsync();
        try
        {
            var seeding = new Dictionary<string, string?> { ["DemoData:Seed"] = "true" };
            await using (var first = new DpsApiFactory(database, seeding))
            {
                first.StartServer();
            }

            await using var second = new DpsApiFactory(database, seeding);
            var auditor = await second.ClientAsAsync(DpsRoles.Auditor);

            var all = await (await auditor.GetAsync("/api/v1/dps")).JsonAsync();
            var byReference = all["items"]!.AsArray().ToDictionary(d => d!["reference"]!.GetValue<string>(), d => d!.AsObject());
            Assert.That(byReference.Keys, Is.EquivalentTo(new[] { "SET-DPS-2017", "DWP-FSF-DPS" }));
            Assert.That(byReference["SET-DPS-2017"]["participatingAuthorities"]!.AsArray(), Has.Count.EqualTo(7));
            Assert.That(await CategoryCountAsync(auditor, byReference["SET-DPS-2017"]), Is.EqualTo(3));
            Assert.That(await CategoryCountAsync(auditor, byReference["DWP-FSF-DPS"]), Is.EqualTo(8));

            var applications = await (await auditor.GetAsync("/api/v1/applications?status=Submitted")).JsonAsync();
            var oakfield = applications["items"]!.AsArray().Single()!;
            Assert.That(oakfield["supplierId"]!.GetValue<Guid>(), Is.EqualTo(DemoSetProviders.OakfieldId));
            var sen = oakfield["categories"]![0]!["categoryId"]!.GetValue<Guid>();
            var criteria = await (await auditor.GetAsync($"/api/v1/dps/{byReference["SET-DPS-2017"].Id()}/categories/{sen}/criteria")).JsonAsync();
            Assert.That(criteria["methodStatements"]!.AsArray().Sum(m => m!["weight"]!.GetValue<int>()), Is.EqualTo(100));
            Assert.That(criteria["passFailCriteria"]!.AsArray(), Has.Count.EqualTo(8));

            await AssertDwpFundingModelsAsync(auditor, byReference["DWP-FSF-DPS"].Id(), byReference["SET-DPS-2017"].Id());
            // Kent takes part in SET only, and Greater Manchester in DWP's DPS only.
            var kent = await second.ClientAsAsync(DpsRoles.Buyer, authorityId: DemoPurchasingSystems.Kent.Id);
            var manchester = await second.ClientAsAsync(DpsRoles.Buyer, authorityId: DemoPurchasingSystems.DwpGreaterManchester.Id);
            await AssertSenSearchNearHorshamAsync(kent, await CategoryIdAsync(kent, byReference["SET-DPS-2017"].Id(), "SEN"));
            await AssertDwpOffersAsync(manchester, byReference["DWP-FSF-DPS"].Id());
            await AssertEachBuyerSeesOnlyItsSchemeAsync(kent, manchester, byReference["SET-DPS-2017"].Id(), byReference["DWP-FSF-DPS"].Id());
            await AssertKentsPublishedReferralAsync(kent);
            await AssertContractsAfterAwardAsync(auditor, await second.ClientAsAsync(DpsRoles.Buyer, authorityId: DemoPurchasingSystems.WestSussex.Id));
        }
        finally
        {
            await TestDatabase.DropAsync(database);
        }
    }

    /// <summary>
    /// Near Horsham (RH12 1AB) within 20 miles: Weald House 10.1, Ashdown Lodge 15.7 and Downsview 17.3 miles away;
    /// Harbourside (16.1) is suspended, Medway Valley (39.0) too far, Oakfield not yet admitted.
    /// </summary>
    private static async Task AssertSenSearchNearHorshamAsync(HttpClient buyer, Guid sen)
    {
        const string nearHorsham = "lat=51.0629&lon=-0.3259&radiusMiles=20";
        var all = await (await buyer.GetAsync($"/api/v1/catalogue/establishments?categoryId={sen}&{nearHorsham}")).JsonAsync();
        var autism = await (await buyer.GetAsync($"/api/v1/catalogue/establishments?categoryId={sen}&{nearHorsham}&needs=ASD")).JsonAsync();
        var wider = await (await buyer.GetAsync($"/api/v1/catalogue/establishments?categoryId={sen}&lat=51.0629&lon=-0.3259&radiusMiles=40")).JsonAsync();

        Assert.Multiple(() =>
        {
            Assert.That(Names(all), Is.EqualTo(new[] { "Weald House", "Ashdown Lodge School", "Downsview School" }));
            Assert.That(Names(autism), Is.EqualTo(new[] { "Ashdown Lodge School", "Downsview School" }));
            Assert.That(autism["items"]![0]!["needsMet"]!.AsArray().Select(n => n!.GetValue<string>()), Is.EqualTo(new[] { "ASD" }));
            Assert.That(Names(wider), Has.Member("Medway Valley School").And.No.Member("Harbourside School"));
        });
    }

    /// <summary>From Crawley within 30 miles: Weald House, Ashdown Lodge and Downsview are invited; the rest are recorded why not.</summary>
    private static async Task AssertKentsPublishedReferralAsync(HttpClient kent)
    {
        var referral = (await (await kent.GetAsync("/api/v1/referrals")).JsonAsync())["items"]!.AsArray().Single()!.AsObject();
        var invitations = await (await kent.GetAsync($"/api/v1/referrals/{referral.Id()}/invitations")).JsonAsync();
        var eligibility = await (await kent.GetAsync($"/api/v1/referrals/{referral.Id()}/invitations?include=eligibility")).JsonAsync();
        var bids = await (await kent.GetAsync($"/api/v1/referrals/{referral.Id()}/bids")).JsonAsync();

        Assert.Multiple(() =>
        {
            Assert.That(referral["status"]!.GetValue<string>(), Is.EqualTo("Published"));
            Assert.That(bids["total"]!.GetValue<int>(), Is.EqualTo(2), "Downsview's and Weald's sealed bids");
            Assert.That(bids["items"]!.AsArray(), Is.Empty, "sealed until the deadline");
            Assert.That(referral["responseDeadline"]!.GetValue<DateTimeOffset>(), Is.GreaterThan(DateTimeOffset.UtcNow.AddDays(10)));
            Assert.That(Names(invitations, "establishmentName"), Is.EqualTo(new[] { "Weald House", "Ashdown Lodge School", "Downsview School" }));
            Assert.That(
                eligibility["items"]!.AsArray().Select(d => $"{d!["establishmentName"]}:{d["decision"]}"),
                Is.EquivalentTo(new[]
                {
                    "Weald House:Invited", "Ashdown Lodge School:Invited", "Downsview School:Invited", "Harbourside School:Suspended",
                    "Chichester Park School:OutsideLimit", "Medway Valley School:OutsideLimit",
                }));
        });
    }

    /// <summary>Four direct placements, three completed with their referral's outcomes reported: published this quarter, benchmarked and measured.</summary>
    private static async Task AssertContractsAfterAwardAsync(HttpClient auditor, HttpClient westSussex)
    {
        var now = DateTimeOffset.UtcNow;
        var contracts = (await (await auditor.GetAsync("/api/v1/contracts?pageSize=50")).JsonAsync())["items"]!.AsArray();
        var published = await (await auditor.GetAsync($"/api/v1/publications/awards?quarter={now.Year}-Q{((now.Month - 1) / 3) + 1}&format=ocds")).JsonAsync();
        var outcomes = await (await auditor.GetAsync("/api/v1/reports/outcomes")).JsonAsync();
        var benchmarks = await (await westSussex.GetAsync("/api/v1/reports/benchmarks")).JsonAsync();

        Assert.Multiple(() =>
        {
            Assert.That(contracts.Select(c => $"{c!["serviceUserReference"]}:{c["status"]}"), Is.EquivalentTo(new[]
            {
                "WSCC-20260101:Completed", "SCC-20260102:Completed", "ESCC-20260103:Completed", "KCC-20260104:Active",
            }));
            Assert.That(published["releases"]!.AsArray(), Has.Count.EqualTo(4));
            var sen = outcomes["categories"]!.AsArray().Single(c => c!["categoryName"]!.GetValue<string>() == "SEN")!;
            var measure = sen["measures"]!.AsArray().Single()!;
            Assert.That($"{measure["measure"]} {measure["counted"]} {measure["met"]} {measure["percent"]!.GetValue<decimal>():0.0}", Is.EqualTo("ReferralOutcomes 2 1 50.0"), "Downsview met its outcomes, Medway Valley did not");
            Assert.That(benchmarks["overall"]!["awards"]!.GetValue<int>(), Is.EqualTo(4));
            Assert.That(benchmarks["rows"]!.AsArray().Select(r => r!["authority"]!["name"]!.GetValue<string>()), Has.Member("West Sussex County Council"));
        });
    }

    private static async Task AssertDwpOffersAsync(HttpClient buyer, Guid dwpId)
    {
        var offers = (await (await buyer.GetAsync($"/api/v1/offers?dpsId={dwpId}")).JsonAsync())["items"]!.AsArray();
        var gettingJobs = await CategoryIdAsync(buyer, dwpId, "Getting jobs");

        Assert.That(offers.Select(o => o!["programmeName"]!.GetValue<string>()), Is.EquivalentTo(new[]
        {
            "Routes to Work", "Job Ready in 12 Weeks", "Construction Skills (CSCS card)", "Stay and Thrive",
        }));
        Assert.That(
            offers.Where(o => o!["categoryId"]!.GetValue<Guid>() == gettingJobs).Select(o => o!["programmeName"]!.GetValue<string>()),
            Is.EqualTo(new[] { "Job Ready in 12 Weeks" }));
    }

    private static async Task AssertEachBuyerSeesOnlyItsSchemeAsync(HttpClient kent, HttpClient manchester, Guid setId, Guid dwpId)
    {
        var kentsSchemes = (await (await kent.GetAsync("/api/v1/dps")).JsonAsync())["items"]!.AsArray().Select(d => d!.AsObject().Id());
        var kentsOffers = await (await kent.GetAsync("/api/v1/offers")).JsonAsync();
        var kentInDwp = await kent.StatusesAsync($"/api/v1/dps/{dwpId}", $"/api/v1/offers?dpsId={dwpId}", $"/api/v1/funding-models?dpsId={dwpId}");
        var manchesterInSet = await manchester.StatusesAsync($"/api/v1/dps/{setId}/categories");

        Assert.Multiple(() =>
        {
            Assert.That(kentsSchemes, Is.EqualTo(new[] { setId }));
            Assert.That(kentsOffers["total"]!.GetValue<int>(), Is.Zero, "SET's suppliers make no offers; DWP's are not Kent's to see");
            Assert.That(kentInDwp.Values, Is.All.EqualTo(System.Net.HttpStatusCode.NotFound));
            Assert.That(manchesterInSet.Values, Is.All.EqualTo(System.Net.HttpStatusCode.NotFound));
        });
    }

    private static List<string> Names(System.Text.Json.Nodes.JsonObject page, string member = "name") =>
        [.. page["items"]!.AsArray().Select(i => i![member]!.GetValue<string>())];

    private static async Task<Guid> CategoryIdAsync(HttpClient client, Guid dpsId, string name)
    {
        var categories = await (await client.GetAsync($"/api/v1/dps/{dpsId}/categories?pageSize=200")).JsonAsync();
        return categories["items"]!.AsArray().Single(c => c!["name"]!.GetValue<string>() == name)!.AsObject().Id();
    }

    /// <summary>DWP's defaults: Engagement 30/70/0 by its category; routeways R2 20/30/50, R3 and R4 10/30/60, R5 20/50/30.</summary>
    private static async Task AssertDwpFundingModelsAsync(HttpClient client, Guid dwpId, Guid setId)
    {
        var engagement = await CategoryIdAsync(client, dwpId, "Engagement");
        var models = (await (await client.GetAsync($"/api/v1/funding-models?dpsId={dwpId}")).JsonAsync())["items"]!.AsArray();
        var shares = models.ToDictionary(
            m => m!["routeway"]?.GetValue<string>() ?? m!["categoryId"]!.GetValue<Guid>().ToString(),
            m => (m!["shares"]!["atStart"]!.GetValue<decimal>(), m["shares"]!["atCompletion"]!.GetValue<decimal>(), m["shares"]!["onJobOutcome"]!.GetValue<decimal>()));
        var setModels = (await (await client.GetAsync($"/api/v1/funding-models?dpsId={setId}")).JsonAsync())["total"]!.GetValue<int>();

        Assert.Multiple(() =>
        {
            Assert.That(shares, Has.Count.EqualTo(5));
            Assert.That(shares[engagement.ToString()], Is.EqualTo((30m, 70m, 0m)));
            Assert.That(shares["R2"], Is.EqualTo((20m, 30m, 50m)));
            Assert.That(shares["R3"], Is.EqualTo((10m, 30m, 60m)));
            Assert.That(shares["R4"], Is.EqualTo((10m, 30m, 60m)));
            Assert.That(shares["R5"], Is.EqualTo((20m, 50m, 30m)));
            Assert.That(
                models.Select(m => (m!["jobOutcome"]!["weeksInWork"]!.GetValue<int>(), m["jobOutcome"]!["trackingWindowWeeks"]!.GetValue<int>())),
                Is.All.EqualTo((4, 13)));
            Assert.That(setModels, Is.Zero);
        });
    }

    private static async Task<int> CategoryCountAsync(HttpClient client, System.Text.Json.Nodes.JsonObject dps) =>
        (await (await client.GetAsync($"/api/v1/dps/{dps.Id()}/categories")).JsonAsync())["total"]!.GetValue<int>();
}
