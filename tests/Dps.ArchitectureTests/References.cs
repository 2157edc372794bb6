using System.Reflection;

namespace Dps.ArchitectureTests;

public static class References
{
    /// <summary>The assemblies <paramref name="assembly"/> references whose names start with any of <paramref name="prefixes"/>.</summary>
    public static IReadOnlyList<AssemblyName> StartingWith(Assembly assembly, IEnumerable<string> prefixes) =>
        [.. assembly.GetReferencedAssemblies().Where(r => prefixes.Any(p => r.Name!.StartsWith(p, StringComparison.Ordinal)))];
}
