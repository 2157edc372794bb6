using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Dps.Bench;
using Dps.Catalogue.Bench;
using Npgsql;

namespace Dps.Referral.Bench;

// Usage: Dps.Referral.Bench "<connection string to a server where it may create a database>" [publications]
// Times POST /api/v1/referrals/{id}/publish through the whole in-process API over the catalogue benchmark's data:
// 50,000 active and 5,000 suspended listings in the category, at random UK points; each referral has a 50-mile limit,
// so each publication invites about 3,000 establishments and records a decision on all 55,000. Then 2,000 bids:
// 20 suppliers admitted through the API to a second category, each bidding at once on 100 referrals that invite them all.
internal static class Bench
{
    public static async Task Main(string[] args)
    {
        var publications = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 30;
        var random = new Random(20261202);

        BenchDatabase.UseApiContentRoot();
        await using var database = await BenchDatabase.CreateAsync(BenchDatabase.ServerFrom(args));
        await using var api = new BenchApi(database.ConnectionString, outbox: true);
        var manager = await api.CreateClient().ActingAsAsync(new { role = "dps-manager" });
        var buyer = await api.CreateClient().ActingAsAsync(new { role = "buyer", authorityId = Scheme.Kent });

        var (dpsId, categoryId) = await Scheme.SetUpAsync(manager, "SEN");
        var (_, biddingCategoryId) = await Scheme.SetUpAsync(manager, "Bidding", dpsId);
        var seed = Stopwatch.StartNew();
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await Listings.InsertAsync(connection, random, categoryId, 50_000, "Active");
            await Listings.InsertAsync(connection, random, categoryId, 5_000, "Suspended");
            await using var analyze = new NpgsqlCommand("ANALYZE catalogue.listed_establishments", connection);
            await analyze.ExecuteNonQueryAsync();
        }

        Console.WriteLine($"Seeded 50,000 active + 5,000 suspended listings in the category in {seed.Elapsed.TotalSeconds:F1} s.");
        await PublishAsync(buyer, categoryId, random, warmUp: 3, publications);
        await Bidders.RunAsync(api, manager, buyer, dpsId, biddingCategoryId, suppliers: 20, referrals: 100);
    }

    private static async Task PublishAsync(HttpClient buyer, Guid categoryId, Random random, int warmUp, int publications)
    {
        var timings = new List<double>();
        var invited = new List<int>();
        for (var i = 0; i < warmUp + publications; i++)
        {
            var lat = Listings.Between(random, 51.0, 54.0);
            var lon = Listings.Between(random, -3.0, 0.5);
            var referral = await Scheme.SendAsync(buyer.PostAsJsonAsync("/api/v1/referrals", Scheme.Referral(categoryId, lat, lon)));
            var watch = Stopwatch.StartNew();
            var published = await Scheme.SendAsync(buyer.PostAsync($"/api/v1/referrals/{Scheme.Id(referral)}/publish", null));
            if (i >= warmUp)
            {
                timings.Add(watch.Elapsed.TotalMilliseconds);
                invited.Add(published["invitedCount"]!.GetValue<int>());
            }
        }

        timings.Sort();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{publications} publications, 50-mile limit: median {Percentile(timings, 0.5):F1} ms  p95 {Percentile(timings, 0.95):F1} ms  max {timings[^1]:F1} ms  (mean {invited.Average():N0} invitations, 55,000 decisions each)"));
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
