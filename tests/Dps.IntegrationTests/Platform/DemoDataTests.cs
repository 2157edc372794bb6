using Dps.Api.DemoData;
using Dps.BuildingBlocks.Application.Security;
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
            Assert.That(oakfield["supplierId"]!.GetValue<Guid>(), Is.EqualTo(DemoSupplier.SupplierId));
            var sen = oakfield["categories"]![0]!["categoryId"]!.GetValue<Guid>();
            var criteria = await (await auditor.GetAsync($"/api/v1/dps/{byReference["SET-DPS-2017"].Id()}/categories/{sen}/criteria")).JsonAsync();
            Assert.That(criteria["methodStatements"]!.AsArray().Sum(m => m!["weight"]!.GetValue<int>()), Is.EqualTo(100));
            Assert.That(criteria["passFailCriteria"]!.AsArray(), Has.Count.EqualTo(8));
        }
        finally
        {
            await TestDatabase.DropAsync(database);
        }
    }

    private static async Task<int> CategoryCountAsync(HttpClient client, System.Text.Json.Nodes.JsonObject dps) =>
        (await (await client.GetAsync($"/api/v1/dps/{dps.Id()}/categories")).JsonAsync())["total"]!.GetValue<int>();
}
