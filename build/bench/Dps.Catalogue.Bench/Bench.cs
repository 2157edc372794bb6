using System.Diagnostics;
using System.Globalization;
using Dps.Bench;
using Dps.Catalogue.IntegrationEvents.Requests;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Dps.Catalogue.Bench;

// Usage: Dps.Catalogue.Bench "<connection string to a server where it may create a database>" [searches]
// Times GET /api/v1/catalogue/establishments through the whole in-process API (auth, validation, MediatR, SQL)
// over 50,000 active listings in one category, at random UK points with a 50-mile radius.
internal static class Bench
{
    public static async Task Main(string[] args)
    {
        const int ActiveListings = 50_000;
        var kentCountyCouncil = Guid.Parse("5e700000-0000-4000-8000-000000000005");
        const double RadiusMiles = 50;

        var searches = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
        var random = new Random(20261122);

        BenchDatabase.UseApiContentRoot();
        await using var database = await BenchDatabase.CreateAsync(BenchDatabase.ServerFrom(args));
        var benchDb = database.ConnectionString;
        await using var api = new BenchApi(benchDb, outbox: false);
        var buyer = await api.CreateClient().ActingAsAsync(new { role = "buyer", authorityId = kentCountyCouncil }); // starts the host, which migrates
        var categoryId = Guid.NewGuid();
        await api.OpenToTheBuyerAsync(categoryId, kentCountyCouncil);
        var seed = Stopwatch.StartNew();
        await using (var connection = new NpgsqlConnection(benchDb))
        {
            await connection.OpenAsync();
            await Listings.InsertAsync(connection, random, categoryId, ActiveListings, "Active");
            await Listings.InsertAsync(connection, random, categoryId, 5_000, "Suspended");
            for (var other = 0; other < 3; other++)
            {
                await Listings.InsertAsync(connection, random, Guid.NewGuid(), 20_000, "Active");
            }

            await using var analyze = new NpgsqlCommand("ANALYZE catalogue.listed_establishments", connection);
            await analyze.ExecuteNonQueryAsync();
        }

        Console.WriteLine($"Seeded {ActiveListings:N0} active + 5,000 suspended listings in the searched category, 60,000 in 3 others, in {seed.Elapsed.TotalSeconds:F1} s.");

        await RunAsync("all", string.Empty);
        await RunAsync("needs=ASD,SLT features=HALAL,CY", "&needs=ASD,SLT&features=HALAL,CY");
        await RunAsync("q=00", "&q=00");
        await RunMembersAsync(50);

        async Task RunAsync(string label, string filters)
        {
            for (var i = 0; i < 20; i++)
            {
                await SearchAsync(filters);
            }

            var timings = new List<double>();
            var found = new List<int>();
            for (var i = 0; i < searches; i++)
            {
                var watch = Stopwatch.StartNew();
                var total = await SearchAsync(filters);
                timings.Add(watch.Elapsed.TotalMilliseconds);
                found.Add(total);
            }

            timings.Sort();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{searches} searches, radius {RadiusMiles} miles, {label,-36} median {Percentile(timings, 0.5):F2} ms  p95 {Percentile(timings, 0.95):F2} ms  max {timings[^1]:F2} ms  (mean matches {found.Average():N0})"));
        }

        // Referral's in-process request: every active and suspended member of the category (55,000), measured from a point.
        async Task RunMembersAsync(int runs)
        {
            var timings = new List<double>();
            var count = 0;
            for (var i = 0; i < runs + 5; i++)
            {
                var lat = Listings.Between(random, Listings.MinLatitude, Listings.MaxLatitude);
                var lon = Listings.Between(random, Listings.MinLongitude, Listings.MaxLongitude);
                await using var scope = api.Services.CreateAsyncScope();
                var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
                var watch = Stopwatch.StartNew();
                count = (await mediator.Send(new FindCategoryMembers(categoryId, lat, lon, (decimal)RadiusMiles))).Count;
                if (i >= 5)
                {
                    timings.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            timings.Sort();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{runs} FindCategoryMembers (all {count:N0} members, in-process MediatR)   median {Percentile(timings, 0.5):F2} ms  p95 {Percentile(timings, 0.95):F2} ms  max {timings[^1]:F2} ms"));
        }

        async Task<int> SearchAsync(string filters)
        {
            var lat = Listings.Between(random, Listings.MinLatitude, Listings.MaxLatitude);
            var lon = Listings.Between(random, Listings.MinLongitude, Listings.MaxLongitude);
            var path = string.Create(
                CultureInfo.InvariantCulture, $"/api/v1/catalogue/establishments?categoryId={categoryId}&lat={lat:F5}&lon={lon:F5}&radiusMiles={RadiusMiles}{filters}");
            using var response = await buyer.GetAsync(path);
            response.EnsureSuccessStatusCode();
            var page = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>(response.Content);
            return page!["total"]!.GetValue<int>();
        }
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
