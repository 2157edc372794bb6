using System.Text.Json;

namespace Dps.IntegrationTests.Fuzzing;

/// <summary>
/// What the fuzzer asserts of every answer: no 5xx, every 4xx a problem document with a detail, no 2xx for input the
/// schema forbids.
/// </summary>
public static class Verdict
{
    public const string ProblemMediaType = "application/problem+json";

    /// <summary>Why the answer breaks the rules, or null when it keeps them.</summary>
    public static string? Of(FuzzCase fuzzCase, int status, string? mediaType, string body) => status switch
    {
        >= 500 => $"a {status}",
        >= 400 when mediaType != ProblemMediaType => $"a {status} that is not a problem document ({mediaType ?? "no content type"})",
        >= 400 when !HasDetail(body) => $"a {status} problem document without a detail",
        >= 200 and < 300 when fuzzCase.SchemaForbids => $"a {status} for input the schema forbids",
        _ => null,
    };

    private static bool HasDetail(string body)
    {
        try
        {
            using var problem = JsonDocument.Parse(body);
            return problem.RootElement.ValueKind == JsonValueKind.Object
                && problem.RootElement.TryGetProperty("detail", out var detail)
                && detail.ValueKind == JsonValueKind.String
                && !string.IsNullOrWhiteSpace(detail.GetString());
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
