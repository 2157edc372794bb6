using System.Diagnostics;

namespace Dps.IntegrationTests.Fuzzing;

/// <summary>Sends every operation's cases, operations in parallel and each one's cases in order, and judges each answer.</summary>
public sealed class Fuzzer(MutationGenerator generator, Func<ApiOperation, Task<HttpClient>> callerFor, int parallelism = 4)
{
    public async Task<FuzzReport> RunAsync(IReadOnlyList<ApiOperation> operations, int budgetPerOperation)
    {
        var clock = Stopwatch.StartNew();
        using var slots = new SemaphoreSlim(parallelism);
        var results = await Task.WhenAll(operations.Select(async operation =>
        {
            await slots.WaitAsync();
            try
            {
                return await RunAsync(operation, generator.For(operation, budgetPerOperation));
            }
            finally
            {
                slots.Release();
            }
        }));
        return new FuzzReport(results, clock.Elapsed);
    }

    private async Task<OperationResult> RunAsync(ApiOperation operation, IReadOnlyList<FuzzCase> cases)
    {
        var caller = await callerFor(operation);
        var answers = new List<Answer>();
        var findings = new List<FuzzFinding>();
        foreach (var fuzzCase in cases)
        {
            try
            {
                using var request = fuzzCase.Request.ToMessage();
                using var response = await caller.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                var status = (int)response.StatusCode;
                answers.Add(new Answer(fuzzCase, status, body));
                if (Verdict.Of(fuzzCase, status, response.Content.Headers.ContentType?.MediaType, body) is { } problem)
                {
                    findings.Add(new FuzzFinding(operation, fuzzCase, status, problem, body));
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or InvalidOperationException or IOException)
            {
                // The in-process server rethrows what the app did not handle; a real server would answer 500.
                answers.Add(new Answer(fuzzCase, null, exception.Message));
                findings.Add(new FuzzFinding(operation, fuzzCase, null, "an exception instead of an answer", exception.ToString()));
            }
        }

        return new OperationResult(operation, answers, findings);
    }
}

public sealed record Answer(FuzzCase Case, int? Status, string Body);

public sealed record OperationResult(ApiOperation Operation, IReadOnlyList<Answer> Answers, IReadOnlyList<FuzzFinding> Findings)
{
    public IEnumerable<FuzzFinding> Failures => Findings.Where(f => !KnownIssues.All.Any(k => k.Covers(f)));

    public string Describe() =>
        $"{Operation.Key} ({Answers.Count} requests):\n"
        + string.Join('\n', Answers.Select(a => $"  {a.Status?.ToString() ?? "---"} {a.Case}\n      → {FuzzRequest.Excerpt(a.Body, 300)}"));
}
