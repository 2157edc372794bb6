namespace Dps.IntegrationTests.Fuzzing;

/// <summary>An answer that broke the fuzzer's rules, with the request that caused it.</summary>
public sealed record FuzzFinding(ApiOperation Operation, FuzzCase Case, int? Status, string Problem, string Response)
{
    public override string ToString() =>
        $"""
        {Operation.Key}: {Problem}
              request: {Case}
              answer:  {(Status is null ? "" : $"{Status} ")}{FuzzRequest.Excerpt(Response, 500)}
        """;
}
