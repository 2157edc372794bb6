namespace Dps.IntegrationTests.Fuzzing;

/// <summary>FNV-1a: string.GetHashCode differs between runs, and the fuzzer's choices must not.</summary>
internal static class StableHash
{
    public static int Of(string text)
    {
        var hash = 2166136261;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619;
        }

        return unchecked((int)hash);
    }
}
