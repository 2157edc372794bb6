using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Dps.Bench;
using Dps.BuildingBlocks.Domain;
using Dps.Evaluation.Application;
using Dps.Evaluation.Domain.Competitions;
using Dps.Evaluation.Domain.Scoring;
using Dps.Referral.IntegrationEvents;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dps.Evaluation.Bench;

// Usage: Dps.Evaluation.Bench "<connection string to a server where it may create a database>" [bids]
// Hands Evaluation a closed competition of 500 bids (or as many as asked) as Referral's outbox would, scores every
// compliant bid's method statement through the in-process API, then times (a) scoring and ranking the competition in
// process (Competition.Score, which runs CompetitionScorer on the stored inputs), 200 times after 20 warm-ups, and (b)
// GET /api/v1/referrals/{id}/evaluation through the in-process API, 100 times after 10 warm-ups. Prints median and p95.
internal static class Bench
{
    private const int ScoringWarmUp = 20;
    private const int ScoringRuns = 200;
    private const int ReadWarmUp = 10;
    private const int Reads = 100;

    private static readonly Guid Kent = Guid.Parse("5e700000-0000-4000-8000-000000000005");

    public static async Task Main(string[] args)
    {
        var bidCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 500;
        var random = new Random(20261203);

        BenchDatabase.UseApiContentRoot();
        await using var database = await BenchDatabase.CreateAsync(BenchDatabase.ServerFrom(args));
        await using var api = new BenchApi(database.ConnectionString, outbox: false);
        var buyer = await api.CreateClient().ActingAsAsync(new { role = "buyer", authorityId = Kent, subject = "evaluator-1" });

        var closed = ClosedCompetition.Of(random, bidCount);
        var handed = Stopwatch.StartNew();
        await using (var scope = api.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(closed);
        }

        var compliant = closed.Bids.Where(ClosedCompetition.IsCompliant).ToList();
        Console.WriteLine(Invariant($"A closed competition of {bidCount} bids ({compliant.Count} compliant) handed to Evaluation in {handed.Elapsed.TotalMilliseconds:F0} ms."));

        var evaluationPath = $"/api/v1/referrals/{closed.ReferralId}/evaluation";
        var scoring = new List<double>();
        foreach (var bid in compliant)
        {
            var watch = Stopwatch.StartNew();
            var scored = await buyer.PostAsJsonAsync($"{evaluationPath}/bids/{bid.BidId}/scores", new { score = (decimal)random.Next(30, 96) });
            scoring.Add(watch.Elapsed.TotalMilliseconds);
            if (!scored.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Scoring bid {bid.BidId}: {(int)scored.StatusCode} {await scored.Content.ReadAsStringAsync()}");
            }
        }

        Console.WriteLine(Invariant($"{compliant.Count} method-statement scores through POST …/evaluation/bids/{{bidId}}/scores: {Summary(scoring)} ({scoring.Sum() / 1000:F1} s in all)."));

        var (competition, bids, outcomes, rules, _) = await InputsAsync(api, CompetitionId.From(closed.ReferralId));
        var scores = competition.Score(bids, outcomes, rules);
        if (!scores.RankingComplete)
        {
            throw new InvalidOperationException($"The ranking is not complete: {scores.AwaitingOutcomesScore.Count} bid(s) await their score.");
        }

        Console.WriteLine(Invariant($"Ranked {scores.Bids.Count(b => b.Rank is not null)} compliant bids; parent-choice group of {scores.ParentChoiceGroup.Count}."));
        var inProcess = Time(ScoringWarmUp, ScoringRuns, () => competition.Score(bids, outcomes, rules));
        Console.WriteLine(Invariant($"Scoring and ranking {bidCount} bids in process (Competition.Score), {ScoringRuns} runs: {Summary(inProcess)}  (target: median under 50 ms)"));

        var bytes = 0L;
        var reads = new List<double>();
        for (var i = 0; i < ReadWarmUp + Reads; i++)
        {
            var watch = Stopwatch.StartNew();
            using var read = await buyer.GetAsync(evaluationPath);
            var body = await read.Content.ReadAsByteArrayAsync();
            var elapsed = watch.Elapsed.TotalMilliseconds;
            read.EnsureSuccessStatusCode();
            if (i >= ReadWarmUp)
            {
                reads.Add(elapsed);
                bytes = body.Length;
            }
        }

        Console.WriteLine(Invariant($"GET {evaluationPath.Replace(closed.ReferralId.ToString(), "{id}", StringComparison.Ordinal)} ({bidCount} bids, {bytes / 1024.0:N0} KiB), {Reads} requests: {Summary(reads)}  (target: median under 100 ms)"));

        // Where a read's time goes: its two queries (the bids, the score entries) and the scoring, each alone.
        var loads = new List<double>();
        for (var i = 0; i < ReadWarmUp + Reads; i++)
        {
            var (_, _, _, _, elapsed) = await InputsAsync(api, competition.Id);
            if (i >= ReadWarmUp)
            {
                loads.Add(elapsed);
            }
        }

        Console.WriteLine(Invariant($"  of which: loading the competition, its bids and score entries through IEvaluationDb {Summary(loads)}; scoring {Percentile(Sorted(inProcess), 0.5):F1} ms; the rest (breakdowns, JSON, HTTP) about {Percentile(Sorted(reads), 0.5) - Percentile(Sorted(loads), 0.5) - Percentile(Sorted(inProcess), 0.5):F1} ms at the median."));
    }

    /// <summary>What a read scores from, loaded as the API loads it: the competition, its bids and its score entries.</summary>
    private static async Task<(Competition Competition, List<TenderedBid> Bids, Dictionary<Guid, decimal> Outcomes, ScoringRules Rules, double Milliseconds)> InputsAsync(
        BenchApi api, CompetitionId id)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IEvaluationDb>();
        var rules = scope.ServiceProvider.GetRequiredService<IOptions<EvaluationOptions>>().Value.Rules();
        var watch = Stopwatch.StartNew();
        var competition = await db.Competitions.AsNoTracking().SingleAsync(c => c.Id == id);
        var bids = await db.TenderedBids.AsNoTracking().Where(b => b.CompetitionId == id).ToListAsync();
        var entries = await db.MethodStatementScores.AsNoTracking().Where(s => s.CompetitionId == id).OrderBy(s => s.RecordedAt).ThenBy(s => s.Id).ToListAsync();
        var elapsed = watch.Elapsed.TotalMilliseconds;

        // One evaluator scored each bid once, so its score is the one that counts (EffectiveScores' rule for a lone evaluator).
        var outcomes = entries.GroupBy(e => e.BidId).ToDictionary(g => g.Key, g => g.Last().Score);
        return (competition, bids, outcomes, rules, elapsed);
    }

    private static List<double> Time(int warmUp, int runs, Func<CompetitionScores> action)
    {
        var timings = new List<double>();
        for (var i = 0; i < warmUp + runs; i++)
        {
            var watch = Stopwatch.StartNew();
            GC.KeepAlive(action());
            if (i >= warmUp)
            {
                timings.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        return timings;
    }

    private static string Summary(List<double> timings)
    {
        var sorted = Sorted(timings);
        return Invariant($"median {Percentile(sorted, 0.5):F2} ms  p95 {Percentile(sorted, 0.95):F2} ms  max {sorted[^1]:F2} ms");
    }

    private static List<double> Sorted(List<double> timings) => [.. timings.Order()];

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// A closed competition of Kent's as Referral raises it: weights 50/50, four required needs (ASD a must-have) and three
/// desired features, and bids at prices from £2,500 to £6,000 a week, 0–60 miles away, meeting random needs and features
/// (about one in ten misses ASD, so is non-compliant), with core competency scores of 40–95 (a few unknown).
/// </summary>
internal static class ClosedCompetition
{
    private static readonly string[] DesirableNeeds = ["SLT", "SEMH", "OT"];
    private static readonly string[] Features = ["HALAL", "PETS", "TRANSPORT"];

    public static bool IsCompliant(ClosedCompetitionBid bid) => bid.NeedsMet.Contains("ASD");

    public static CompetitionClosedIntegrationEvent Of(Random random, int bidCount)
    {
        var now = DateTimeOffset.UtcNow;
        return new CompetitionClosedIntegrationEvent(
            Guid.NewGuid(),
            now,
            Guid.CreateVersion7(),
            Guid.NewGuid(),
            Guid.NewGuid(),
            Guid.Parse("5e700000-0000-4000-8000-000000000005"),
            "KCC-20260001",
            "Week",
            1,
            1,
            DateOnly.FromDateTime(now.UtcDateTime.AddDays(30)),
            39,
            new ClosedCompetitionWeights(Price: 50, Needs: 10, Features: 5, Location: 5, CoreCompetency: 10, Outcomes: 20),
            [new("ASD", "MustHave", 4m), new("SLT", "Desirable", 1m), new("SEMH", "Desirable", 3m), new("OT", "Desirable", 2m)],
            [new("HALAL", 1m), new("PETS", 3m), new("TRANSPORT", 2m)],
            new ClosedCompetitionHome("RH10 1AA", 51.1124, -0.1831),
            now.AddDays(-14),
            now.AddMinutes(-1),
            now,
            [.. Enumerable.Range(0, bidCount).Select(i => Bid(random, now.AddDays(-10).AddMinutes(i * 17 + random.Next(17))))]);
    }

    private static ClosedCompetitionBid Bid(Random random, DateTimeOffset submittedAt)
    {
        var core = 2400m + random.Next(0, 3500);
        var variable = random.Next(0, 4) * 25m;
        string[] needs = [.. random.Next(10) == 0 ? [] : new[] { "ASD" }, .. DesirableNeeds.Where(_ => random.Next(2) == 0)];
        return new ClosedCompetitionBid(
            Guid.CreateVersion7(),
            Guid.NewGuid(),
            Guid.NewGuid(),
            new Money(core + variable, "GBP"),
            new Money(core, "GBP"),
            new Money(variable, "GBP"),
            0m,
            new Money(0m, "GBP"),
            [new ClosedCompetitionCostLine("PREMISES", "Premises", new Money(core * 0.4m, "GBP")), new ClosedCompetitionCostLine("STAFFING", "Core staffing", new Money(core * 0.6m, "GBP"))],
            variable == 0 ? [] : [new ClosedCompetitionCostLine("VAR-1", "1:1 support", new Money(variable, "GBP"))],
            needs,
            [.. Features.Where(_ => random.Next(2) == 0)],
            "Weekly key-worker sessions towards each outcome, reviewed with the family every half-term.",
            DateOnly.FromDateTime(submittedAt.UtcDateTime.AddDays(40)),
            decimal.Round((decimal)(random.NextDouble() * 60), 1),
            submittedAt,
            null,
            Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()) + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()),
            random.Next(20) == 0 ? null : 40m + random.Next(0, 56));
    }
}
