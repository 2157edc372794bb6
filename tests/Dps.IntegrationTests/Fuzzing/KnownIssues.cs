namespace Dps.IntegrationTests.Fuzzing;

/// <summary>A finding the fuzzer reports without failing, and why it is left for now.</summary>
public sealed record KnownIssue(string Operation, string MutationPrefix, string Why)
{
    public bool Covers(FuzzFinding finding) =>
        finding.Operation.Key == Operation && finding.Case.Mutation.StartsWith(MutationPrefix, StringComparison.Ordinal);
}

/// <summary>
/// The findings left on purpose; the report prints each one. Add to it only what cannot be fixed where it is found,
/// with the reason, and take it out with the fix.
/// </summary>
public static class KnownIssues
{
    public static IReadOnlyList<KnownIssue> All { get; } = [];
}
