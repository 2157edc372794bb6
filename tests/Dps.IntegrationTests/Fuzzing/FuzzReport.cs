namespace Dps.IntegrationTests.Fuzzing;

/// <summary>The whole run: per operation, and the summary printed to the test output.</summary>
public sealed class FuzzReport(IReadOnlyList<OperationResult> results, TimeSpan duration)
{
    public IReadOnlyDictionary<string, OperationResult> ByOperation { get; } = results.ToDictionary(r => r.Operation.Key);

    public int Requests => results.Sum(r => r.Answers.Count);

    public TimeSpan Duration => duration;

    public IEnumerable<FuzzFinding> Failures => results.SelectMany(r => r.Failures);

    public IEnumerable<FuzzFinding> Known => results.SelectMany(r => r.Findings.Where(f => KnownIssues.All.Any(k => k.Covers(f))));

    public string Summary()
    {
        var statuses = results.SelectMany(r => r.Answers)
            .GroupBy(a => a.Status?.ToString() ?? "exception")
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} × {g.Count()}");
        var known = Known.ToList();
        var serverErrors = results.SelectMany(r => r.Answers).Count(a => a.Status is null or >= 500);
        return $"""
            Fuzzer: {results.Count} operations, {Requests} requests in {duration.TotalSeconds:N1} s
              answers: {string.Join(", ", statuses)}
              5xx: {serverErrors}, failures: {Failures.Count()}, known issues: {known.Count}
            {string.Concat(known.Select(k => $"  known, {KnownIssues.All.First(i => i.Covers(k)).Why}: {k}\n"))}
            """;
    }
}
