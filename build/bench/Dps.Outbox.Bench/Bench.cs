using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Dps.Bench;

namespace Dps.Outbox.Bench;

// Usage: Dps.Outbox.Bench "<connection string to a server where it may create a database>" [seconds]
// 16 concurrent writers adjust core competency scores (a Qualification command that publishes an event) through the
// in-process API for the given time (default 60 s), while Qualification's outbox delivers the events to the Catalogue.
internal static class Bench
{
    private const int Writers = 16;
    private const int CategoriesPerWriter = 8;
    private const int QuietCommands = 20;
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromMinutes(5);

    public static async Task Main(string[] args)
    {
        var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 60;
        BenchDatabase.UseApiContentRoot();
        await using var database = await BenchDatabase.CreateAsync(BenchDatabase.ServerFrom(args));
        using var counter = new StatementCounter();
        await using var api = new BenchApi(database.ConnectionString, outbox: true);
        var manager = await api.CreateClient().ActingAsAsync(new { role = "dps-manager" });
        var backlog = new Backlog(database.ConnectionString);

        var memberships = await Memberships.AdmitAsync(api, manager, Writers, CategoriesPerWriter);
        await RequireDrainedAsync(backlog, "the set-up's events");
        Console.WriteLine($"{Writers} writers, {memberships.Sum(m => m.Length)} memberships ({CategoriesPerWriter} each), {seconds} s of score adjustments.");

        await MeasureOneCommandAsync(manager, memberships[0][0], counter, backlog);
        await RunLoadAsync(manager, memberships, TimeSpan.FromSeconds(seconds), counter, backlog);
    }

    /// <summary>One command at a time, each delivered before the next: its own statements, and with its delivery.</summary>
    private static async Task MeasureOneCommandAsync(HttpClient manager, Guid membershipId, StatementCounter counter, Backlog backlog)
    {
        var own = new StatementTally();
        var before = counter.Statements;
        for (var i = 0; i < QuietCommands; i++)
        {
            using (StatementCounter.Tag(own))
            {
                await AdjustAsync(manager, membershipId, i);
            }

            await RequireDrainedAsync(backlog, "a quiet command's event");
        }

        var all = counter.Statements - before;
        Console.WriteLine(Invariant($"One command alone: {own.Statements / (double)QuietCommands:F1} SQL statements in its request, {all / (double)QuietCommands:F1} with its delivery (mean of {QuietCommands})."));
    }

    private static async Task RunLoadAsync(HttpClient manager, IReadOnlyList<Guid[]> memberships, TimeSpan duration, StatementCounter counter, Backlog backlog)
    {
        using var stop = new CancellationTokenSource(duration);
        var statementsBefore = counter.Statements;
        var failedBefore = await backlog.FailedOnceAsync();
        var writes = 0L;
        var refused = 0L;
        var watch = Stopwatch.StartNew();
        var writers = memberships.Select(own => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                if (await AdjustAsync(manager, own[i % own.Length], i / own.Length))
                {
                    Interlocked.Increment(ref writes);
                }
                else
                {
                    Interlocked.Increment(ref refused);
                }
            }
        })).ToList();

        var samples = new List<long>();
        var (lastWrites, lastPrinted) = (0L, TimeSpan.Zero);
        for (var second = 1; !stop.IsCancellationRequested; second++)
        {
            await Task.Delay(TimeSpan.FromSeconds(second) - watch.Elapsed is { Ticks: > 0 } wait ? wait : TimeSpan.Zero, CancellationToken.None);
            samples.Add(await backlog.UndeliveredAsync());
            if (second % 5 == 0)
            {
                var (written, now) = (Interlocked.Read(ref writes), watch.Elapsed);
                Console.WriteLine(Invariant($"  {now.TotalSeconds,5:F1} s: {(written - lastWrites) / (now - lastPrinted).TotalSeconds,6:F0} writes/s, backlog {samples[^1]:N0}"));
                (lastWrites, lastPrinted) = (written, now);
            }
        }

        await Task.WhenAll(writers);
        var elapsed = watch.Elapsed;
        var atEnd = await backlog.UndeliveredAsync();
        var drained = await backlog.DrainAsync(DrainTimeout);
        var statements = counter.Statements - statementsBefore;
        var failed = await backlog.FailedOnceAsync() - failedBefore;

        Console.WriteLine(Invariant($"Writes: {writes:N0} in {elapsed.TotalSeconds:F1} s = {writes / elapsed.TotalSeconds:F0} writes/s ({refused} refused)."));
        Console.WriteLine(Invariant($"Backlog (undelivered events), sampled each second: max {samples.Max():N0}, mean {samples.Average():N0}; at the end of the load {atEnd:N0}."));
        Console.WriteLine(drained is { } time
            ? Invariant($"Drained {time.TotalSeconds:F1} s after the load ended.")
            : $"NOT drained {DrainTimeout.TotalMinutes} min after the load ended.");
        Console.WriteLine(Invariant($"SQL statements from the start of the load until drained: {statements:N0}, {statements / (double)Math.Max(1, writes):F1} per write with its delivery; {failed} events failed a delivery at least once."));
    }

    /// <summary>Moves the score half a point up, then back down, so it stays where it was.</summary>
    private static async Task<bool> AdjustAsync(HttpClient manager, Guid membershipId, int round)
    {
        using var response = await manager.PostAsJsonAsync(
            $"/api/v1/memberships/{membershipId}/score-adjustments", new { adjustment = round % 2 == 0 ? 0.5m : -0.5m, reason = "Benchmark" });
        return response.IsSuccessStatusCode;
    }

    private static async Task RequireDrainedAsync(Backlog backlog, string what)
    {
        if (await backlog.DrainAsync(DrainTimeout) is null)
        {
            throw new InvalidOperationException($"The outbox did not deliver {what} within {DrainTimeout.TotalMinutes} min.");
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
