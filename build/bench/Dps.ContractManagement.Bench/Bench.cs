using System.Diagnostics;
using System.Globalization;
using Dps.Bench;
using Dps.BuildingBlocks.Domain;
using Dps.ContractManagement.Application;
using Dps.ContractManagement.Domain.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Dps.ContractManagement.Bench;

// Usage: Dps.ContractManagement.Bench "<connection string to a server where it may create a database>" [contracts]
// Stores 10,000 contracts (or as many as asked) across 7 authorities, 4 categories and the four quarters of 2026 (so
// 2,500 awards a quarter), priced per week, month or annum, half of them competed, then times through the in-process
// API (a) GET /api/v1/reports/benchmarks as the DPS manager, 50 times after 5 warm-ups, and (b) the quarter's OCDS
// export, GET /api/v1/publications/awards?quarter=2026-Q2&format=ocds, 20 times after 3 warm-ups. Prints median and p95.
internal static class Bench
{
    private const int ReportWarmUp = 5;
    private const int Reports = 50;
    private const int ExportWarmUp = 3;
    private const int Exports = 20;

    public static async Task Main(string[] args)
    {
        var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
        var random = new Random(20261204);

        BenchDatabase.UseApiContentRoot();
        await using var database = await BenchDatabase.CreateAsync(BenchDatabase.ServerFrom(args));
        await using var api = new BenchApi(database.ConnectionString, outbox: false);
        var manager = await api.CreateClient().ActingAsAsync(new { role = "dps-manager", subject = "manager-1" });
        var anyone = api.CreateClient();

        var stored = Stopwatch.StartNew();
        await StoreAsync(api, random, count);
        Console.WriteLine(Invariant($"{count:N0} contracts across 7 authorities and 4 categories stored in {stored.Elapsed.TotalSeconds:F1} s."));

        var (reports, reportBytes) = await TimeAsync(manager, "/api/v1/reports/benchmarks", ReportWarmUp, Reports);
        Console.WriteLine(Invariant($"GET /api/v1/reports/benchmarks ({count:N0} contracts, {reportBytes / 1024.0:N0} KiB), {Reports} requests: {Summary(reports)}  (target: median under 200 ms)"));

        var (exports, exportBytes) = await TimeAsync(anyone, "/api/v1/publications/awards?quarter=2026-Q2&format=ocds", ExportWarmUp, Exports);
        Console.WriteLine(Invariant($"GET /api/v1/publications/awards?quarter=2026-Q2&format=ocds ({count / 4:N0} awards, {exportBytes / 1024.0 / 1024.0:N1} MiB), {Exports} requests: {Summary(exports)}  (target: median under 1 s)"));
    }

    private static async Task StoreAsync(BenchApi api, Random random, int count)
    {
        var authorities = Enumerable.Range(1, 7).Select(i => Guid.Parse($"a0000000-0000-4000-8000-00000000000{i}")).ToArray();
        var categories = Enumerable.Range(1, 4).Select(i => Guid.Parse($"c0000000-0000-4000-8000-00000000000{i}")).ToArray();
        var dps = Guid.Parse("d0000000-0000-4000-8000-000000000001");
        var year = new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);
        const int Batch = 1000;
        for (var done = 0; done < count; done += Batch)
        {
            await using var scope = api.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IContractManagementDb>();
            foreach (var i in Enumerable.Range(done, Math.Min(Batch, count - done)))
            {
                var awardedAt = year.AddDays(i % 4 * 91 + random.Next(0, 90)).AddMinutes(random.Next(0, 600));
                var basis = (ContractPriceBasis)random.Next(1, 4);
                var weekly = 1500m + random.Next(0, 3500);
                var price = basis switch { ContractPriceBasis.Week => weekly, ContractPriceBasis.Month => Math.Round(weekly * 52m / 12m, 2), _ => weekly * 52m };
                var competed = i % 2 == 0;
                db.Contracts.Add(Contract.FromAward(
                    dps,
                    categories[i % categories.Length],
                    new ContractParties(authorities[i % authorities.Length], Guid.NewGuid(), Guid.NewGuid()),
                    new ContractAward(
                        Guid.CreateVersion7(),
                        competed ? ContractRoute.Competition : ContractRoute.DirectPlacement,
                        competed ? Guid.CreateVersion7() : null,
                        awardedAt,
                        competed ? null : new DirectPlacementGrounds("ParentalPreference", "The parents chose the school nearest the family."),
                        competed ? random.Next(1, 12) : null,
                        competed ? awardedAt.AddDays(-random.Next(12, 40)) : null),
                    new ContractTerms(
                        $"KCC-2026{i:D4}",
                        new Money(price, "GBP"),
                        basis,
                        [new ContractCostLine("STAFFING", "Staffing", new Money(price, "GBP"))],
                        DateOnly.FromDateTime(awardedAt.UtcDateTime).AddDays(14),
                        random.Next(12, 53),
                        1,
                        null),
                    awardedAt));
            }

            await db.SaveChangesAsync();
        }
    }

    private static async Task<(List<double> Timings, long Bytes)> TimeAsync(HttpClient client, string path, int warmUp, int runs)
    {
        var timings = new List<double>();
        var bytes = 0L;
        for (var i = 0; i < warmUp + runs; i++)
        {
            var watch = Stopwatch.StartNew();
            using var read = await client.GetAsync(path);
            var body = await read.Content.ReadAsByteArrayAsync();
            var elapsed = watch.Elapsed.TotalMilliseconds;
            if (!read.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"GET {path}: {(int)read.StatusCode} {System.Text.Encoding.UTF8.GetString(body)}");
            }

            if (i >= warmUp)
            {
                timings.Add(elapsed);
                bytes = body.Length;
            }
        }

        return (timings, bytes);
    }

    private static string Summary(List<double> timings)
    {
        var sorted = timings.Order().ToList();
        return Invariant($"median {Percentile(sorted, 0.5):F1} ms  p95 {Percentile(sorted, 0.95):F1} ms  max {sorted[^1]:F1} ms");
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
