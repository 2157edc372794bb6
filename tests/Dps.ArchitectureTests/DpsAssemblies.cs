using System.Reflection;

namespace Dps.ArchitectureTests;

/// <summary>Every Dps assembly next to the tests, loaded by name, and what it is: a module layer, a building block, the host or the demo data.</summary>
public static class DpsAssemblies
{
    public const string Host = "Dps.Api";
    public const string DemoData = "Dps.DemoData";
    public const string BuildingBlocksPrefix = "Dps.BuildingBlocks.";

    public static readonly IReadOnlyList<string> Modules = ["Qualification", "Catalogue", "Referral", "Evaluation", "ContractManagement"];

    public static readonly IReadOnlyList<string> Layers = ["Domain", "Application", "Infrastructure", "IntegrationEvents"];

    private static readonly Lazy<IReadOnlyList<Assembly>> Loaded = new(Load);

    public static IReadOnlyList<Assembly> All => Loaded.Value;

    public static IReadOnlyList<ModuleAssembly> ModuleAssemblies =>
        [.. All.Select(a => ModuleLayer.Of(a.GetName()) is { } m ? new ModuleAssembly(m.Module, m.Layer, a) : null).OfType<ModuleAssembly>()];

    public static IEnumerable<ModuleAssembly> OfLayer(string layer) => ModuleAssemblies.Where(m => m.Layer == layer);

    public static Assembly Named(string name) => All.Single(a => a.GetName().Name == name);

    public static bool IsBuildingBlock(AssemblyName name) => name.Name!.StartsWith(BuildingBlocksPrefix, StringComparison.Ordinal);

    public static IEnumerable<AssemblyName> DpsReferencesOf(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Where(r => r.Name!.StartsWith("Dps.", StringComparison.Ordinal));

    private static List<Assembly> Load()
    {
        var self = typeof(DpsAssemblies).Assembly.GetName().Name;
        return Directory.GetFiles(AppContext.BaseDirectory, "Dps.*.dll")
            .Select(file => Path.GetFileNameWithoutExtension(file))
            .Where(name => name != self)
            .Order(StringComparer.Ordinal)
            .Select(name => Assembly.Load(new AssemblyName(name)))
            .ToList();
    }
}
